"""The contract between build and browser: every text and every data- attribute the code
in browser/js/ reads is in the pages the build renders, so renaming one in data/ or in
a renderer fails here instead of leaving an empty message in the browser."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
JS = ROOT / "browser" / "js"

# The element whose words each module reads with wordsOf(); shared() reads #gk-text.
WORDS_ROOT = {
    "data-tools.js": "#gk-manifest",
    "feedback-builder.js": "[data-gk-module=feedback-builder]",
    "planner.js": "[data-gk-module=planner]",
    "smart.js": "[data-gk-module=smart]",
    "successes.js": "[data-gk-module=successes]",
}
SAID = re.compile(r"""\b(?:say|shared\(\))(\.count)?\("([a-z0-9-]+)"[,)]""")
# Static attribute selectors, e.g. querySelector("[data-plan-summary]").
SELECTED = re.compile(r"\[(data-[a-z0-9-]+)[\]=]")
# Attributes the code sets itself (dataset.x = …, "data-x": … in el()).
WRITTEN = re.compile(r"""dataset\.(\w+)\s*=(?!=)|"(data-[a-z0-9-]+)":""")


def _kebab(name: str) -> str:
    return "data-" + re.sub(r"[A-Z]", lambda m: "-" + m.group().lower(), name)


def _pages(site_dir: Path) -> list[BeautifulSoup]:
    return [
        BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for path in sorted(site_dir.rglob("*.html"))
    ]


def _code(module: Path) -> str:
    """The module without its comments (which show examples)."""
    lines = module.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith("//"))


def _keys(source: str) -> set[str]:
    return {f"{key}-one" if plural else key for plural, key in SAID.findall(source)}


def test_every_text_the_browser_asks_for_is_on_its_element(site_dir):
    pages = _pages(site_dir)

    def attributes(selector: str) -> set[str]:
        found = [element for page in pages for element in page.select(selector)]
        assert found, f"no page has {selector}"
        return {name for element in found for name in element.attrs}

    shared = attributes("#gk-text")
    asking = set()
    for module in sorted(JS.rglob("*.js")):
        source = _code(module)
        if "wordsOf(" in source and module.name != "text.js":
            assert module.name in WORDS_ROOT, f"{module.name}: add its root to WORDS_ROOT"
        on_root = attributes(WORDS_ROOT[module.name]) if module.name in WORDS_ROOT else shared
        for key in _keys(source):
            asking.add(module.name)
            assert f"data-msg-{key}" in on_root, f"{module.name} asks for '{key}'"
            if key.endswith("-one"):
                assert f"data-msg-{key[:-4]}-other" in on_root, f"{module.name}: '{key}'"
    # The pattern still finds the calls in every module that says something.
    assert asking == {
        *WORDS_ROOT,
        "goal-words.js",
        "main.js",
        "print.js",
        "remember.js",
        "tool-parts.js",
        "ui.js",
    }


def test_every_data_attribute_the_browser_looks_for_is_rendered_or_set_by_it(site_dir):
    rendered = {
        name
        for page in _pages(site_dir)
        for element in page.find_all(True)
        for name in element.attrs
        if name.startswith("data-")
    }
    # The <template> contents the tools clone are in the pages as text to html.parser.
    for page in _pages(site_dir):
        for template in page.find_all("template"):
            inner = BeautifulSoup(template.decode_contents(), "html.parser")
            rendered |= {n for e in inner.find_all(True) for n in e.attrs if n.startswith("data-")}
    missing = []
    for module in sorted(JS.rglob("*.js")):
        source = _code(module)
        written = {_kebab(a) if a else b for a, b in WRITTEN.findall(source)}
        for name in set(SELECTED.findall(source)) - rendered - written:
            missing.append(f"{module.name}: [{name}]")
    assert missing == []
