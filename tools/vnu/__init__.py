"""The W3C Nu Html Checker, pinned in package.json here (npm ci; needs Java)."""

import json
import shutil
import subprocess
from pathlib import Path

JAR = Path(__file__).parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def available() -> bool:
    return JAR.is_file() and shutil.which("java") is not None


def html_errors(site: Path) -> list[str]:
    """Every error in every .html file under site, as 'file:line: message'."""
    pages = sorted(site.rglob("*.html"))
    # One Java start for all pages: the checker takes seconds to start.
    result = subprocess.run(
        ["java", "-jar", str(JAR), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{Path(m['url'].removeprefix('file:')).relative_to(site)}:{m.get('lastLine', '?')}: "
        f"{m['message']}"
        for m in messages
    ]
    if result.returncode != 0 and not errors:
        raise RuntimeError(f"the Nu Html Checker failed:\n{result.stderr}")
    return errors
