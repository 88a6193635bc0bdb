"""Build the same mkdocs.yml with Zensical, Material's named successor, and say what differs.

Zensical lives in its own virtualenv (.venv-zensical): it pins other versions of
Markdown and pymdown-extensions than MkDocs does.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.audit.pages import page_urls

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-zensical"
# The newest Zensical that installs from the package index here (later ones need a
# zensical-ui wheel the index does not have).
ZENSICAL = "zensical==0.0.60"
PROJECT_FILES = ("docs", "data", "macros", "overrides", "schema", "mkdocs.yml", "pyproject.toml")

# What each page must still have after a Zensical build.
CHECKS = {
    "checklists": r'data-checklist="',
    "formulieren": r'data-template="',
    "CSP": r'http-equiv="Content-Security-Policy"',
    "eigen CSS": r"assets/gespreksklaar\.css",
    "eigen JS": r"assets/gespreksklaar\.js",
}


def ensure_zensical() -> Path:
    binary = VENV / "bin" / "zensical"
    if not binary.exists():
        print(f"» {ZENSICAL} installeren in {VENV.name}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        requirements = [ZENSICAL] + [
            line
            for line in (ROOT / "constraints.txt").read_text().splitlines()
            if line.lower().startswith(("pydantic", "pyyaml", "annotated-types", "typing"))
        ]
        subprocess.run([str(VENV / "bin" / "pip"), "install", "--quiet", *requirements], check=True)
    return binary


def _features(html: str) -> dict[str, int]:
    return {name: len(re.findall(pattern, html)) for name, pattern in CHECKS.items()}


def run(mkdocs_site: Path) -> bool:
    """Print what differs from the MkDocs build; True when Zensical builds every page alike."""
    binary = ensure_zensical()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        for name in PROJECT_FILES:
            copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
            copy(ROOT / name, project / name)
        result = subprocess.run(
            [str(binary), "build", "-f", "mkdocs.yml"],
            cwd=project,
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(project), "HOME": tmp},
        )
        print(f"\nZensical ({ZENSICAL}) op dezelfde mkdocs.yml")
        if result.returncode != 0:
            last = (result.stderr or result.stdout).strip().splitlines()[-3:]
            print("  bouwt niet:\n    " + "\n    ".join(last))
            return False
        built = project / "site"
        ours, theirs = set(page_urls(mkdocs_site)), set(page_urls(built))
        differences = [f"alleen MkDocs: /{url}" for url in sorted(ours - theirs)]
        differences += [f"alleen Zensical: /{url}" for url in sorted(theirs - ours)]
        for url in sorted(ours & theirs):
            a = _features((mkdocs_site / url / "index.html").read_text(encoding="utf-8"))
            b = _features((built / url / "index.html").read_text(encoding="utf-8"))
            differences += [
                f"/{url}: {name} MkDocs {a[name]}, Zensical {b[name]}"
                for name in a
                if a[name] != b[name]
            ]
        print(f"  bouwt: {len(theirs)} pagina's")
        extra = sorted({p.name for p in built.iterdir()} - {p.name for p in mkdocs_site.iterdir()})
        if extra:
            # Not a difference in the pages; Zensical adds these files of its own.
            print(f"  extra bestanden van Zensical zelf: {', '.join(extra)}")
        print(
            "  verschillen:\n    " + "\n    ".join(differences)
            if differences
            else "  geen verschillen"
        )
        return not differences
