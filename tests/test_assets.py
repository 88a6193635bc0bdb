"""The committed docs/assets/ are exactly what tools/assets/build makes from browser/."""

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILT = ("gespreksklaar.js", "gespreksklaar.css", "material-fixes.js")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("assets")
    subprocess.run(["sh", str(ROOT / "tools" / "assets" / "build"), str(out)], check=True)
    return out


@pytest.mark.parametrize("name", BUILT)
def test_committed_assets_are_current(fresh, name):
    committed = (ROOT / "docs" / "assets" / name).read_bytes()
    assert committed == (fresh / name).read_bytes(), "run `make assets` and commit docs/assets/"


def test_nothing_else_in_docs_assets():
    # Source files belong in browser/; docs/assets/ holds only the build output.
    assert sorted(path.name for path in (ROOT / "docs" / "assets").iterdir()) == sorted(BUILT)


def test_bundle_has_every_module_and_no_source_comments(fresh):
    bundle = (fresh / "gespreksklaar.js").read_text(encoding="utf-8")
    for marker in ("gespreksklaar:state", "Afdrukken", "document$.subscribe"):
        assert marker in bundle
    assert "import(" not in bundle and "\n//" not in bundle
