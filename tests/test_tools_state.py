"""The tools' data in the saved state: an import is checked field by field; state saved
before the tools existed is kept; tabs and instant navigation. (The export-wipe-import
round trip with every tool is in test_state_data_tools.py.)

Dutch only: storage, import checks and navigation run the same code with the same data in
English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser_helpers import open_page, saved, seed
from playwright.sync_api import expect
from test_state_data_tools import HOSTILE, import_file, meeting, message
from test_state_pages import TICK, serve_sitemap_for_this_host

pytestmark = pytest.mark.browser


def write_export(tmp_path: Path, **parts) -> Path:
    file = tmp_path / "export.json"
    file.write_text(json.dumps({"format": "gespreksklaar", "version": 2, **parts}), "utf-8")
    return file


BAD_TOOLS = {
    "not-a-block": ([], "tools"),
    "date-in-another-form": ({"planner": {"date": "30-03-2027"}}, "tools → planner → date"),
    "a-day-that-does-not-exist": (
        {"successes": {"entries": [{"id": "a1", "date": "2027-02-30", "what": "x"}]}},
        "tools → successes → entries → 1 → date",
    ),
    "a-number-for-a-time": (
        {"planner": {"date": "2030-01-01", "time": 10}},
        "tools → planner → time",
    ),
    "goals-not-a-list": ({"smart": {"goals": {"specific": "x"}}}, "tools → smart → goals"),
    "too-many-goals": ({"smart": {"goals": [{}] * 11}}, "tools → smart → goals"),
    "a-number-for-text": (
        {"smart": {"goals": [{"specific": 5}]}},
        "tools → smart → goals → 1 → specific",
    ),
    "a-list-for-text": ({"card": {"name": ["a"]}}, "tools → card → name"),
    "markup-for-an-id": (
        {"successes": {"entries": [{"id": "<b>", "date": "2027-02-03", "what": "x"}]}},
        "tools → successes → entries → 1 → id",
    ),
}


@pytest.mark.parametrize("name", BAD_TOOLS)
def test_bad_tool_data_is_refused_and_changes_nothing(page, tmp_path, name):
    tools, says = BAD_TOOLS[name]
    open_page(page, "voorbereiden/")
    page.locator(TICK).check()
    before = saved(page)
    open_page(page, "mijn-gegevens/")
    import_file(page, write_export(tmp_path, tools=tools))
    text = message(page, "import")
    expect(text).to_contain_text("Dat lukt niet.")
    expect(text).to_contain_text(f"Het bestand klopt niet bij: {says}.")
    assert page.get_by_role("dialog").count() == 0
    assert saved(page) == before


def test_unknown_tools_and_fields_are_skipped_and_named(page, tmp_path):
    tools = {
        "agenda": {"kleur": "rood"},
        "planner": {"date": "2030-01-15", "kleur": "rood"},
        "successes": {"entries": [{"id": "a1", "date": "2030-01-02", "what": HOSTILE[0]}]},
    }
    open_page(page, "mijn-gegevens/")
    import_file(page, write_export(tmp_path, tools=tools))
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("tools → agenda, tools → planner → kleur")
    dialog.get_by_role("button", name="Ja, zet terug").click()
    expect(message(page, "import")).to_contain_text("Klaar")
    assert saved(page)["tools"]["planner"] == {"date": "2030-01-15"}
    assert "agenda" not in saved(page)["tools"]
    open_page(page, "successen/")
    expect(page.locator(".gk-successes__item p").nth(1)).to_have_text(HOSTILE[0])
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".md-content img[src='x']").count() == 0


def test_state_from_before_the_tools_is_kept(page):
    open_page(page, "voorbereiden/")
    seed(page, {"version": 2, "checklists": {"voorbereiding": {"items": {"resultaten": True}}}})
    open_page(page, "plannen/")
    day = meeting(page)
    page.fill("#gk-plan-date", day.isoformat())
    page.get_by_role("button", name="Maak mijn planning").click()
    state = saved(page)
    assert state["checklists"] == {"voorbereiding": {"items": {"resultaten": True}}}
    assert state["tools"] == {"planner": {"date": day.isoformat()}}
    assert page.locator(".gk-notice").count() == 0


def test_two_tabs_keep_each_others_successes(context):
    first, second = context.new_page(), context.new_page()
    open_page(first, "successen/")
    open_page(second, "successen/")
    first.fill("#gk-success-what", "Eerste tabblad")
    first.get_by_role("button", name="Voeg toe").click()
    expect(second.locator(".gk-successes__item")).to_have_count(1)
    second.fill("#gk-success-what", "Tweede tabblad")
    second.get_by_role("button", name="Voeg toe").click()
    expect(first.locator(".gk-successes__item")).to_have_count(2)
    assert [entry["what"] for entry in saved(first)["tools"]["successes"]["entries"]] == [
        "Eerste tabblad",
        "Tweede tabblad",
    ]


def test_tools_start_after_instant_navigation(page, base_url):
    serve_sitemap_for_this_host(page, base_url)
    open_page(page, "")
    page.evaluate("window.__samePage = true")
    page.locator(".md-content").get_by_role("link", name="plant je voorbereiding").click()
    page.wait_for_url("**/plannen/")
    page.locator('[data-gk-module=planner][data-ready="true"]').wait_for(state="attached")
    assert page.evaluate("window.__samePage") is True  # Material swapped the page, no reload
    page.fill("#gk-plan-date", meeting(page).isoformat())
    page.get_by_role("button", name="Maak mijn planning").click()
    expect(page.locator("#gk-plan-message")).to_contain_text("Klaar")
    page.locator(".md-nav").get_by_role("link", name="Mijn successen").first.click()
    page.wait_for_url("**/successen/")
    page.locator('[data-gk-module=successes][data-ready="true"]').wait_for(state="attached")
    page.fill("#gk-success-what", "Na het klikken")
    page.get_by_role("button", name="Voeg toe").click()
    expect(page.locator(".gk-successes__item")).to_have_count(1)
    assert page.evaluate("window.__samePage") is True
