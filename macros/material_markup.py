"""Repairs to the HTML Material writes outside any template block we could extend.

Material's base.html gives its two hidden checkboxes (menu drawer and search) an
`autocomplete` attribute, which HTML allows only on text-like inputs; the Nu Html Checker
(tests/test_html_valid.py) counts it as an error on every page. base.html has no block
around those inputs, so the attribute is taken out of the written pages after the build.
"""

from pathlib import Path

_TOGGLES = tuple(
    f'<input class="md-toggle" data-md-toggle="{name}" type="checkbox" id="__{name}"'
    for name in ("drawer", "search")
)


def drop_toggle_autocomplete(site_dir: Path) -> None:
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        fixed = html
        for toggle in _TOGGLES:
            fixed = fixed.replace(f'{toggle} autocomplete="off">', f"{toggle}>")
        if fixed != html:
            page.write_text(fixed, encoding="utf-8")
