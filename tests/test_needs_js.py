"""Parts that need JavaScript: hidden without it, there from the first paint with it."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Per tool page, what needs JavaScript: the search field in the header and the tool's own
# parts (macros/render_*.py): the planner's and feedback's form; SMART's goals and buttons;
# the successes' form and example.
NEEDS_JS = {"plannen/": 2, "smart-doel/": 3, "feedback-schrijven/": 2, "successen/": 3}
TOOL_PAGES = list(NEEDS_JS)


@pytest.mark.parametrize("url", TOOL_PAGES)
def test_without_javascript_only_the_note_shows(browser, base_url, url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(url)
    parts = page.locator(".gk-needs-js")
    expect(parts).to_have_count(NEEDS_JS[url])
    assert all(not part.is_visible() for part in parts.all())
    assert "werkt alleen met JavaScript" in page.locator(".gk-noscript").inner_text()
    assert page.locator(".gk-noscript").is_visible()
    context.close()


@pytest.mark.parametrize("url", TOOL_PAGES)
def test_with_javascript_the_parts_are_there_before_the_tool_starts(browser, base_url, url):
    # The page's own bundle is held back (a failed load, so not the `context` fixture):
    # what shows comes from the HTML, the CSS and the head script alone.
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    page.route("**/assets/gespreksklaar.js", lambda route: route.abort())
    page.goto(url)
    parts = page.locator(".gk-needs-js")
    expect(parts).to_have_count(NEEDS_JS[url])
    assert all(part.is_visible() for part in parts.all())
    context.close()


def test_first_smart_goal_looks_the_same_before_and_after_the_script(browser, base_url, page):
    # Without the bundle: the goal as the build wrote it.
    held_back = browser.new_context(base_url=base_url)
    before = held_back.new_page()
    before.route("**/assets/gespreksklaar.js", lambda route: route.abort())
    before.goto("smart-doel/")
    goal = ".gk-smart__goal"
    written = before.locator(goal).inner_text()
    written_height = before.locator(goal).bounding_box()["height"]
    held_back.close()
    # With it, on a fresh profile: smart.js has replaced the card with its own.
    page.goto("smart-doel/")
    page.locator(f"{goal} textarea").first.wait_for()
    # A locator, not an expression string: Playwright evaluates a bare expression with
    # eval(), which the site's CSP blocks whenever the first check comes back false.
    page.locator('[data-gk-module=smart][data-ready="true"]').wait_for(state="attached")
    assert page.locator(goal).count() == 1
    assert page.locator(goal).inner_text() == written
    assert page.locator(goal).bounding_box()["height"] == written_height
