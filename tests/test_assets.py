"""The committed docs/assets/ are exactly what tools/assets/build makes from browser/."""

import re
import subprocess
from pathlib import Path

import pytest

from macros.tools_registry import MODULES

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "docs" / "assets"
# Loaded by every page (mkdocs.yml and overrides/); the rest are chunks the entry imports.
ENTRIES = ("gespreksklaar.js", "gespreksklaar.css", "material-fixes.js")
# Modules main.js loads on demand, each only on the page that needs it: Mijn gegevens and
# every tool's module of macros/tools_registry.py.
ON_DEMAND = ("data-tools", *MODULES.values())
IMPORTED = re.compile(r"""(?:import|from)\s*\(?\s*["']\./([\w.-]+\.js)["']""")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("assets")
    subprocess.run(["sh", str(ROOT / "tools" / "assets" / "build"), str(out)], check=True)
    return out


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_committed_assets_are_current(fresh):
    # Also the test that docs/assets/ holds only build output: sources belong in browser/.
    assert names(ASSETS) == names(fresh), "run `make assets` and commit docs/assets/"
    for name in names(fresh):
        assert (ASSETS / name).read_bytes() == (fresh / name).read_bytes(), name


def test_entries_keep_their_names_and_chunks_carry_a_hash(fresh):
    assert set(ENTRIES) <= set(names(fresh))
    for name in set(names(fresh)) - set(ENTRIES):
        assert re.fullmatch(r"[a-z-]+-[A-Z0-9]{8}\.js", name), name


def test_every_import_resolves_and_each_tool_is_a_chunk_of_its_own(fresh):
    entry = (fresh / "gespreksklaar.js").read_text(encoding="utf-8")
    on_demand = {name.rsplit("-", 1)[0]: name for name in IMPORTED.findall(entry)}
    assert set(ON_DEMAND) <= set(on_demand), "main.js should import each tool on demand"
    seen, todo = set(), ["gespreksklaar.js"]
    while todo:
        name = todo.pop()
        seen.add(name)
        text = (fresh / name).read_text(encoding="utf-8")
        assert "\n//" not in text, f"{name}: source comments in the bundle"
        for target in IMPORTED.findall(text):
            assert (fresh / target).is_file(), f"{name} imports missing {target}"
            if target not in seen:
                todo.append(target)
    assert seen == {name for name in names(fresh) if name.endswith(".js")} - {"material-fixes.js"}


def test_bundle_has_every_module(fresh):
    code = " ".join(path.read_text(encoding="utf-8") for path in fresh.glob("*.js"))
    for marker in ("gespreksklaar:state", "printMode", "document$.subscribe", "BEGIN:VCALENDAR"):
        assert marker in code
    css = (fresh / "gespreksklaar.css").read_text(encoding="utf-8")
    assert ".gk-timeline" in css and "@import" not in css
