"""A page that asks for data that is not there stops the build; mkdocs-macros names the page."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test builds a copy of the whole site

ROOT = Path(__file__).resolve().parent.parent
# With browser/: the build checks that each tool's module is in browser/js/tools/.
PROJECT = (
    "browser",
    "docs",
    "data",
    "macros",
    "overrides",
    "schema",
    "mkdocs.yml",
    "pyproject.toml",
)


@pytest.fixture
def project(tmp_path) -> Path:
    for name in PROJECT:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, tmp_path / name)
    return tmp_path


def build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            'checklist("bestaat-niet")',
            "checklist 'bestaat-niet' bestaat niet in data/",
        ),
        (
            'sjabloon("geen-sjabloon")',
            "sjabloon 'geen-sjabloon' bestaat niet in data/",
        ),
    ],
)
def test_unknown_id_on_a_page_stops_the_build(project, call, message):
    page = project / "docs" / "tips.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n{{{{ {call} }}}}\n", encoding="utf-8")
    result = build(project)
    assert result.returncode != 0
    assert message in result.stdout + result.stderr
    assert "_File_: `tips.md`" in result.stdout + result.stderr


def test_broken_data_file_stops_the_build(project):
    path = project / "data" / "checklists" / "voorbereiding.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("tekst:", "tekts:", 1), encoding="utf-8"
    )
    result = build(project)
    assert result.returncode != 0
    assert "voorbereiding.yml: checklist 'voorbereiding'" in result.stdout + result.stderr
    assert "veld 'tekts': onbekend veld" in result.stdout + result.stderr


def test_a_locale_tag_of_another_language_stops_the_build(project):
    """English pages with Dutch dates (or the reverse) never get built: the tag in
    data/en/ui.yml must be one of English."""
    path = project / "data" / "en" / "ui.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("taalcode: en-GB", "taalcode: nl-NL", 1),
        encoding="utf-8",
    )
    result = build(project)
    assert result.returncode != 0
    assert "data/en/ui.yml: veld 'taalcode': 'nl-NL' hoort niet bij de taal 'en'" in (
        result.stdout + result.stderr
    )


def test_tool_root_naming_a_missing_module_stops_the_build(project):
    (project / "browser" / "js" / "tools" / "planner.js").unlink()
    result = build(project)
    assert result.returncode != 0
    assert (
        "hulpmiddel 'planner': module 'planner' bestaat niet "
        "(verwacht: browser/js/tools/planner.js)" in result.stdout + result.stderr
    )
