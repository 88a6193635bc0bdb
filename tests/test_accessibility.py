"""Accessibility on every page: axe in both palettes with state filled in, and a phone.

axe runs the WCAG 2.0-2.2 A/AA rules plus best practices; its wcag22aa rule
target-size checks the 24 x 24 px minimum on the phone viewport.
"""

import pytest
from browser_helpers import axe_violations
from conftest import page_address
from test_build import nav_pages

pytestmark = pytest.mark.browser


def pages(lang: str) -> list[str]:
    return [page_address(source, lang) for source in nav_pages()]


def fill_in(page) -> None:
    """Tick every box and type in every field, as a reader who finished would have."""
    for box in page.locator('main input[type="checkbox"]:visible').all():
        box.check()
    for field in page.locator("main textarea:visible, main input[type='text']:visible").all():
        field.fill("Ik heb het project op tijd afgerond.")
    for field in page.locator("main input[type='date']:visible").all():
        field.fill("2026-12-15")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_has_no_axe_violations(context, scheme, lang):
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    problems = []
    for url in pages(lang):
        page.goto(url)
        expected = "slate" if scheme == "dark" else "default"
        assert page.locator("body").get_attribute("data-md-color-scheme") == expected
        fill_in(page)
        problems += [f"/{url}: {violation}" for violation in axe_violations(page)]
    assert not problems, "\n".join(problems)


# Scroll boxes in the article that are wider than their room: a reader must swipe sideways.
SIDEWAYS = """() => [...document.querySelectorAll(".md-content__inner *")]
  .filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX))
  .filter((el) => el.scrollWidth > el.clientWidth + 1)
  .map((el) => `${el.tagName.toLowerCase()}.${el.className} scrolls sideways`
    + ` (${el.scrollWidth} px in ${el.clientWidth} px)`)"""


def test_phone_no_sideways_scroll_and_large_enough_targets(browser, base_url, lang):
    context = browser.new_context(
        base_url=base_url, viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    problems = []
    for url in pages(lang):
        page.goto(url)
        fill_in(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 375:
            problems.append(f"/{url}: scrolls sideways ({width} px wide)")
        problems += [f"/{url}: {problem}" for problem in page.evaluate(SIDEWAYS)]
        problems += [
            f"/{url}: {violation}"
            for violation in axe_violations(page)
            if violation.startswith("target-size")
        ]
    context.close()
    assert not problems, "\n".join(problems)


# Messages as the state scripts write them: the classes of browser/css/messages.css.
MESSAGES = """() => {
  const article = document.querySelector(".md-content__inner");
  const made = {};
  for (const kind of ["error", "success", "warning"]) {
    const p = document.createElement("p");
    p.className = `gk-message gk-message--${kind}`;
    p.textContent = "Bericht";
    article.append(p);
    const style = getComputedStyle(p);
    const icon = getComputedStyle(p, "::before");
    made[kind] = { border: style.borderLeftColor, width: style.borderLeftWidth,
                   icon: icon.content, iconBackground: icon.backgroundColor };
  }
  const tool = document.createElement("p");
  tool.className = "gk-tool-message gk-tool-message--error";
  tool.textContent = "Bericht";
  article.append(tool);
  made.toolError = { border: getComputedStyle(tool).borderLeftColor,
                     icon: getComputedStyle(tool, "::before").content };
  return made;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_error_warning_and_success_look_different_not_by_colour_alone(page, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto("")
    made = page.evaluate(MESSAGES)
    error, success, warning = made["error"], made["success"], made["warning"]
    assert len({error["border"], success["border"], warning["border"]}) == 3, made
    assert len({error["icon"], success["icon"], warning["icon"]}) == 3, made
    for kind in (error, success, warning):
        assert kind["icon"] not in ("none", "normal", '""'), made
        assert float(kind["width"].removesuffix("px")) >= 4, made
    # The older class of Mijn gegevens looks like an error, not like the brand colour.
    assert made["toolError"] == {"border": error["border"], "icon": error["icon"]}
