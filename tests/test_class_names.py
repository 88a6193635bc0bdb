"""The site's own CSS classes follow one style, BEM: gk-block, gk-block__element, --modifier."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
SELECTOR = re.compile(r"\.(gk-[a-z0-9_-]+)")
# Where JavaScript sets a class: el(…, {class: …}), className = …, classList.add(…) and the
# like. Selectors (closest, querySelector) are found by SELECTOR.
JS_CLASS_VALUE = re.compile(
    r"""(?:\bclass(?:Name)?\s*[:=]\s*|\bclassList\.\w+\(\s*)(["'`])(.*?)\1""", re.DOTALL
)
OWN = re.compile(r"(?<![\w-])gk-[a-z0-9_-]+")


def classes(site: Path) -> dict[str, set[str]]:
    """Every gk- class, with the files that use it."""
    found: dict[str, set[str]] = {}

    def add(names, where: Path, base: Path = ROOT) -> None:
        for name in names:
            found.setdefault(name, set()).add(str(where.relative_to(base)))

    for page in site.rglob("*.html"):
        for value in CLASS_ATTRIBUTE.findall(page.read_text(encoding="utf-8")):
            add(OWN.findall(value), page, site)
    for sheet in (ROOT / "browser" / "css").glob("*.css"):
        add(SELECTOR.findall(sheet.read_text(encoding="utf-8")), sheet)
    for module in (ROOT / "browser" / "js").rglob("*.js"):
        code = module.read_text(encoding="utf-8")
        add(SELECTOR.findall(code), module)
        for _, value in JS_CLASS_VALUE.findall(code):
            add(OWN.findall(value), module)
    return found


def misnamed(names: set[str]) -> dict[str, str]:
    """Classes whose block name starts with another block's name: {class: that block}.

    The rule: the block of a class is its name before the first '__' or '--'. No block
    may begin with another block's name and a hyphen, so 'gk-tool-message' beside the
    block 'gk-tool' is wrong (an element is 'gk-tool__message', a variant
    'gk-tool--message'), while 'gk-needs-js' is fine as long as there is no block 'gk-needs'.
    """
    blocks = {name for name in names if "__" not in name and "--" not in name}
    wrong = {}
    for name in names:
        words = re.split("__|--", name, maxsplit=1)[0].split("-")
        for end in range(2, len(words)):
            if "-".join(words[:end]) in blocks:
                wrong[name] = "-".join(words[:end])
                break
    return wrong


def test_the_rule_finds_an_element_written_with_a_hyphen():
    assert misnamed({"gk-tool", "gk-tool-message--error", "gk-tool__message"}) == {
        "gk-tool-message--error": "gk-tool"
    }
    assert misnamed({"gk-needs-js", "gk-js", "gk-type-choice__help"}) == {}


def test_every_class_is_an_element_or_variant_of_its_block(site_dir):
    found = classes(site_dir)
    # The readers see each source: the HTML, a sheet, a selector and a class set in JS.
    assert any(where.endswith(".html") for where in found["gk-tool__message"])
    assert any(where.endswith("tasks.css") for where in found["gk-task"])
    assert any(where.endswith("remember.js") for where in found["gk-row-number"])
    assert any(where.endswith("data-tools.js") for where in found["gk-message--error"])
    wrong = misnamed(set(found))
    assert wrong == {}, "\n".join(
        f"{name} (in {', '.join(sorted(found[name])[:3])}): the block {block} exists, "
        f"so write {block}__… for an element or {block}--… for a variant"
        for name, block in sorted(wrong.items())
    )
