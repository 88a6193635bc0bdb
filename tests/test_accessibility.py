"""Accessibility on every page: axe in both palettes with state filled in, and a phone.

axe runs the WCAG 2.0-2.2 A/AA rules plus best practices; its wcag22aa rule
target-size checks the 24 x 24 px minimum on the phone viewport.
"""

import pytest
from browser_helpers import axe_violations
from conftest import SCHEMES, page_address
from playwright.sync_api import expect
from test_build import nav_pages

pytestmark = pytest.mark.browser


def pages(lang: str) -> list[str]:
    return [page_address(source, lang) for source in nav_pages()]


def phone_context(browser, base_url):
    """A 375 px touch phone, as the phone checks below use it."""
    return browser.new_context(
        base_url=base_url, viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True
    )


# Ticks every box and types in every field that shows, as a reader who finished would
# have: a click per box, and the input and change events typing gives. One call for the
# whole page; a Playwright action per field made these sweeps the slowest tests.
FILL_IN = """() => {
  const shown = (el) => el.checkVisibility({ visibilityProperty: true });
  const type = (field, value) => {
    field.value = value;
    for (const kind of ["input", "change"]) field.dispatchEvent(new Event(kind, { bubbles: true }));
  };
  const all = (selector) => [...document.querySelectorAll(selector)].filter(shown);
  const boxes = all('main input[type="checkbox"]');
  const texts = all("main textarea, main input[type='text']");
  const dates = all("main input[type='date']");
  for (const box of boxes) if (!box.checked) box.click();
  for (const field of texts) type(field, "Ik heb het project op tijd afgerond.");
  for (const field of dates) type(field, "2026-12-15");
}"""


def fill_in(page) -> None:
    page.evaluate(FILL_IN)


@pytest.mark.slow
@SCHEMES
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


# Scroll boxes in the article whose content is wider than they are (a reader must swipe
# sideways), or that are themselves wider than their container (Material's box around a
# Markdown table reaches to the screen's edges, where a wider table starts to scroll).
SIDEWAYS = """() => [...document.querySelectorAll(".md-content__inner *")]
  .filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX))
  .flatMap((el) => {
    const name = `${el.tagName.toLowerCase()}.${el.className}`;
    const room = el.parentElement.clientWidth;
    const width = el.getBoundingClientRect().width;
    return [
      ...(el.scrollWidth > el.clientWidth + 1
        ? [`${name} scrolls sideways (${el.scrollWidth} px in ${el.clientWidth} px)`] : []),
      ...(width > room + 1 ? [`${name} is wider than its container (${width} px in ${room} px)`]
        : []),
    ];
  })"""


# Headings whose permalink (¶) wraps to a line of its own: a blank line under the heading.
LONELY_PERMALINK = """() => [...document.querySelectorAll(".md-content__inner .headerlink")]
  .filter((link) => link.getClientRects().length)
  .filter((link) => {
    const text = document.createRange();
    text.setStart(link.parentElement, 0);
    text.setEndBefore(link);
    const lines = [...text.getClientRects()];
    return link.getBoundingClientRect().top >= lines[lines.length - 1].bottom - 1;
  })
  .map((link) => `"${link.parentElement.textContent.trim()}" has its ¶ on a line alone`)"""


# One sweep for what a phone shows of every page: a page load per page is most of the cost.
@pytest.mark.slow
def test_phone_no_sideways_scroll_large_targets_and_whole_headings(browser, base_url, lang):
    context = phone_context(browser, base_url)
    page = context.new_page()
    problems = []
    for url in pages(lang):
        page.goto(url)
        fill_in(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 375:
            problems.append(f"/{url}: scrolls sideways ({width} px wide)")
        problems += [f"/{url}: {problem}" for problem in page.evaluate(SIDEWAYS)]
        # The other rules run on every page in test_every_page_has_no_axe_violations.
        problems += [f"/{url}: {violation}" for violation in axe_violations(page, ["target-size"])]
        problems += [f"/{url}: {problem}" for problem in page.evaluate(LONELY_PERMALINK)]
    context.close()
    assert not problems, "\n".join(problems)


def test_phone_shows_a_markdown_table_as_one_card_per_row_with_labels(browser, base_url):
    """The SMART table on valkuilen: on a phone each row is a card and each cell names its
    column; on a wide screen the column headers do that and the labels are gone."""
    context = browser.new_context(base_url=base_url, viewport={"width": 375, "height": 667})
    page = context.new_page()
    page.goto("valkuilen/")
    table = page.locator(".md-content__inner table:not([class])")
    headers = table.locator("thead th").all_inner_texts()
    assert headers == ["Letter", "Betekenis", "De vraag die je stelt"]
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(5)
    for row in rows.all():
        assert row.evaluate("row => getComputedStyle(row).display") == "block"
        labels = row.locator(".gk-table__label")
        expect(labels).to_have_text(headers)
        for label in labels.all():
            expect(label).to_be_visible()
            expect(label).to_have_attribute("aria-hidden", "true")
    assert page.evaluate(SIDEWAYS) == []
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(table.locator(".gk-table__label")).to_have_count(15)
    for label in table.locator(".gk-table__label").all():
        expect(label).to_be_hidden()
    context.close()


def test_phone_header_shows_the_site_name_in_full(browser, base_url):
    context = phone_context(browser, base_url)
    page = context.new_page()
    page.goto("")
    name = page.locator(".md-header__topic:first-child .md-ellipsis")
    cut = name.evaluate("el => el.scrollWidth > el.clientWidth")
    context.close()
    assert not cut, "the site name in the header ends in an ellipsis"


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
