"""What the site says about the reader's data holds, also when storage, the network or
the input misbehaves (issue 10). Each test reproduces a defect of the old code.

Dutch only: storage, tabs and loading run the same code with the same data in English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser_helpers import (
    ASIDE,
    FULL_STORAGE,
    KEY,
    VERSION,
    open_page,
    saved,
    seed,
    seed_raw,
    wait_ready,
)
from playwright.sync_api import expect
from test_state_data_tools import import_file, message
from test_state_pages import FORM, TICK

pytestmark = pytest.mark.browser

SITE_KEYS = "Object.keys(localStorage).filter((key) => key.startsWith('gespreksklaar:'))"
TICKED = {"voorbereiding": {"items": {"resultaten": True}}}


def export_file(tmp_path: Path, data: dict | list, name: str = "export.json") -> Path:
    file = tmp_path / name
    file.write_text(json.dumps(data), encoding="utf-8")
    return file


def confirm_import(page, path: Path):
    import_file(page, path)
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    return dialog


def wipe_all(page) -> None:
    page.get_by_role("button", name="Wis alles").click()
    yes = page.get_by_role("button", name="Ja, wis alles")
    expect(yes).to_have_class("gk-button gk-button--danger")
    yes.click()


# 1. Wipe and import say only what happened.


def test_wipe_removes_data_of_a_newer_version_too(page):
    open_page(page, "mijn-gegevens/")
    seed(page, {"version": 99, "checklists": {}})
    page.evaluate(f"localStorage.setItem('{ASIDE}', '[]')")
    wipe_all(page)
    expect(message(page, "wipe")).to_have_text("Alles is gewist.")
    assert page.evaluate(SITE_KEYS) == []


def test_after_a_failed_write_import_says_so_and_wipe_still_wipes(context, tmp_path):
    page = context.new_page()
    open_page(page, "voorbereiden/")
    page.locator(TICK).check()
    context.add_init_script(FULL_STORAGE)
    open_page(page, "mijn-gegevens/")
    tools = {"card": {"name": "Eva"}}
    file = export_file(tmp_path, {"format": "gespreksklaar", "version": VERSION, "tools": tools})
    confirm_import(page, file).get_by_role("button", name="Ja, zet terug").click()
    told = message(page, "import")
    expect(told).to_contain_text("Dat lukt niet.")
    expect(told).not_to_contain_text("Klaar")
    expect(told).to_have_attribute("role", "alert")  # read out at once, in the error style
    expect(told).to_have_class("gk-message gk-message--error")
    wipe_all(page)
    expect(message(page, "wipe")).to_have_text("Alles is gewist.")
    assert page.evaluate(SITE_KEYS) == []


def test_a_wipe_the_browser_refuses_is_not_called_done(context):
    page = context.new_page()
    open_page(page, "voorbereiden/")
    page.locator(TICK).check()
    context.add_init_script("Storage.prototype.removeItem = function () {};")
    open_page(page, "mijn-gegevens/")
    wipe_all(page)
    told = message(page, "wipe")
    expect(told).to_contain_text("Dat lukt niet.")
    expect(told).not_to_contain_text("Alles is gewist.")
    expect(told).to_have_attribute("role", "alert")
    assert page.evaluate(SITE_KEYS) == [KEY]


# 2. One bad value sets aside only itself.


def test_one_bad_value_sets_aside_only_that_part(page):
    open_page(page, "voorbereiden/")
    bad = {"version": 2, "checklists": TICKED, "tools": {"planner": {"time": "9.30"}}}
    seed(page, bad)
    expect(page.locator(TICK)).to_be_checked()
    notice = page.locator(".gk-notice--corrupt")
    expect(notice).to_contain_text("tools → planner → time")
    state = saved(page)
    assert state["checklists"] == TICKED
    assert "planner" not in state["tools"]
    aside = json.loads(page.evaluate(f"localStorage.getItem('{ASIDE}')"))
    assert [json.loads(copy["text"]) for copy in aside] == [
        {"version": VERSION, "tools": {"planner": {"time": "9.30"}}}
    ]


# 3. and 4. What the site writes, it takes back.


def test_a_large_export_can_be_imported(page, tmp_path):
    long = "Een lang antwoord. " * 80_000  # 1.5 MB
    fields = {"bereikt": long}
    data = {"format": "gespreksklaar", "version": 3}
    data["templates"] = {"voorbereidingsformulier": {"fields": fields, "agenda": {}}}
    open_page(page, "mijn-gegevens/")
    confirm_import(page, export_file(tmp_path, data)).get_by_role(
        "button", name="Ja, zet terug"
    ).click()
    expect(message(page, "import")).to_contain_text("Klaar")
    assert saved(page)["templates"]["voorbereidingsformulier"]["fields"]["bereikt"] == long


def test_the_damaged_data_download_can_be_imported_back(page, tmp_path):
    open_page(page, "voorbereiden/")
    seed_raw(page, json.dumps({"version": 2, "checklists": TICKED, "tools": {"agenda": "x"}}) + "}")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download de beschadigde gegevens").click()
    copies = Path(download.value.path())
    assert not page.locator(TICK).is_checked()
    open_page(page, "mijn-gegevens/")
    # The raw text is not JSON; a second copy holds a good tick and a bad time.
    good = {"version": 2, "checklists": TICKED, "tools": {"planner": {"time": "9.30"}}}
    both = [*json.loads(copies.read_text("utf-8")), {"found": "x", "text": json.dumps(good)}]
    dialog = confirm_import(page, export_file(tmp_path, both, "beschadigd.json"))
    expect(dialog).to_contain_text("Dit klopt niet en zet de site niet terug:")
    expect(dialog).to_contain_text("tools → planner → time")
    dialog.get_by_role("button", name="Ja, zet terug").click()
    expect(message(page, "import")).to_contain_text("Klaar")
    assert saved(page)["checklists"] == TICKED
    assert "planner" not in saved(page)["tools"]


# 5. Typing before the scripts start wins.

EARLY = {
    "voorbereiden/": f"{FORM} textarea[data-field]",
    "smart-doel/": "#gk-smart-1-specific",
    "feedback-schrijven/": "#gk-feedback-wens",
}


def release(page, held: list) -> None:
    """Lets the held-back bundle load, once the page has asked for it."""
    for _ in range(200):
        if held:
            return held[0].continue_()
        page.wait_for_timeout(25)  # lets Playwright hand over the held request
    raise AssertionError("the page never asked for its bundle")


@pytest.mark.parametrize("url", EARLY)
def test_what_is_typed_before_the_scripts_start_is_kept_and_saved(page, url):
    held = []
    page.route("**/assets/gespreksklaar.js", lambda route: held.append(route))
    page.goto(url, wait_until="commit")
    field = page.locator(EARLY[url]).first
    field.fill("Vroeg getypt")
    release(page, held)
    wait_ready(page)
    expect(field).to_have_value("Vroeg getypt")
    page.wait_for_function(f"() => localStorage.getItem('{KEY}')?.includes('Vroeg getypt')")


def test_a_tick_before_the_scripts_start_is_kept_and_saved(page):
    held = []
    page.route("**/assets/gespreksklaar.js", lambda route: held.append(route))
    page.goto("voorbereiden/", wait_until="commit")
    page.locator(TICK).check()
    release(page, held)
    wait_ready(page)
    expect(page.locator(TICK)).to_be_checked()
    assert saved(page)["checklists"] == TICKED


# 6. Old code keeps newer data.


def test_a_newer_tool_and_field_survive_a_tick(page):
    open_page(page, "voorbereiden/")
    newer = {
        "version": VERSION,
        "tools": {"agenda": {"kleur": "rood"}, "card": {"name": "x", "toon": "zacht"}},
    }
    seed(page, newer)
    page.locator(TICK).check()
    state = saved(page)
    assert state["checklists"] == TICKED
    assert state["tools"]["agenda"] == {"kleur": "rood"}
    assert state["tools"]["card"] == {"name": "x", "toon": "zacht"}


# 7. Another tab's newer data: the notice shows and the page keeps its values.


def test_newer_data_from_another_tab_keeps_the_page_and_shows_the_notice(context):
    first = context.new_page()
    open_page(first, "voorbereiden/")
    first.locator(TICK).check()
    field = first.locator(f"{FORM} textarea[data-field]").first
    field.fill("Blijft staan")
    field.blur()
    first.wait_for_function(f"() => localStorage.getItem('{KEY}').includes('Blijft staan')")
    second = context.new_page()
    open_page(second, "mijn-gegevens/")
    newer = json.dumps({"version": 99, "checklists": {}})
    second.evaluate(f"localStorage.setItem('{KEY}', {json.dumps(newer)})")
    expect(first.locator(".gk-notice--newer")).to_contain_text("nieuwere versie")
    expect(field).to_have_value("Blijft staan")
    expect(first.locator(TICK)).to_be_checked()
    assert first.evaluate(f"localStorage.getItem('{KEY}')") == newer


# 8. SMART goals by id.


def test_smart_goals_in_two_tabs_edit_the_right_goal(context):
    goals = [
        {"specific": "een cursus volgen", "measurable": ""},
        {"specific": "een project leiden", "measurable": ""},
    ]
    first = context.new_page()
    open_page(first, "smart-doel/")
    seed(first, {"version": 2, "tools": {"smart": {"goals": goals}}})
    second = context.new_page()
    open_page(second, "smart-doel/")
    second.locator("#gk-smart-2-measurable").focus()  # busy here: not redrawn
    first.locator(".gk-smart__goal").first.get_by_role("button", name="Verwijder").click()
    yes = first.get_by_role("button", name="Ja, verwijder")
    expect(yes).to_have_class("gk-button gk-button--danger")
    yes.click()
    expect(first.locator(".gk-smart__goal")).to_have_count(1)
    second.locator("#gk-smart-2-measurable").fill("voor de zomer af")
    second.wait_for_function(f"() => localStorage.getItem('{KEY}').includes('voor de zomer af')")
    kept = saved(second)["tools"]["smart"]["goals"]
    assert [(goal["specific"], goal["measurable"]) for goal in kept] == [
        ("een project leiden", "voor de zomer af")
    ]


# 9. A tool module that does not load.


def test_a_tool_module_that_fails_to_load_says_so_and_the_form_stays(browser, base_url):
    context = browser.new_context(base_url=base_url)  # a failed load: not `context`
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route("**/assets/successes-*.js", lambda route: route.abort())
    page.goto("successen/")
    wait_ready(page)
    alert = page.locator("[data-gk-module=successes] [role=alert]")
    expect(alert).to_contain_text("Laad de pagina opnieuw.")
    page.fill("#gk-success-what", "Iets")
    page.get_by_role("button", name="Voeg toe").click()
    expect(alert).to_be_visible()
    assert page.url.endswith("/successen/")
    assert errors == []
    context.close()


# 10. Smaller ones.


def test_a_repeated_success_id_deletes_the_chosen_entry(page):
    entry = {"id": "a1", "date": "2026-01-02", "what": "Eerste"}
    second = {**entry, "date": "2026-01-01", "what": "Tweede"}
    open_page(page, "successen/")
    seed(page, {"version": 2, "tools": {"successes": {"entries": [entry, second]}}})
    item = page.locator(".gk-successes__item", has_text="Tweede")
    item.get_by_role("button", name="Verwijder").click()
    page.get_by_role("button", name="Ja, verwijder").click()
    expect(page.locator(".gk-successes__item")).to_have_count(1)
    expect(page.locator(".gk-successes__item")).to_contain_text("Eerste")
    assert [one["what"] for one in saved(page)["tools"]["successes"]["entries"]] == ["Eerste"]


def test_a_tool_field_named_like_a_built_in_property_is_skipped_by_name(page, tmp_path):
    tools = {"card": {"name": "x", "constructor": "y", "toString": "z"}}
    open_page(page, "mijn-gegevens/")
    data = {"format": "gespreksklaar", "version": 2, "tools": tools}
    dialog = confirm_import(page, export_file(tmp_path, data))
    expect(dialog).to_contain_text("tools → card → constructor")
    expect(dialog).to_contain_text("tools → card → toString")


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"datum": "morgen"}, "voorbereidingsformulier → datum"),
        ({"acties": [{"deadline": "2027-13-01"}]}, "gespreksverslag → acties → 1 → deadline"),
    ],
    ids=["datum", "deadline"],
)
def test_an_import_refuses_a_date_that_is_not_a_date(page, tmp_path, fields, says):
    template = says.split(" → ")[0]
    data = {"format": "gespreksklaar", "version": 2, "templates": {template: {"fields": fields}}}
    open_page(page, "mijn-gegevens/")
    import_file(page, export_file(tmp_path, data))
    told = message(page, "import")
    expect(told).to_contain_text("Dat lukt niet.")
    expect(told).to_contain_text(says)


def test_invalid_utf8_in_an_import_is_named_in_the_preview(page, tmp_path):
    good = json.dumps({"format": "gespreksklaar", "version": VERSION, "tools": {"card": {}}})
    raw = good.replace("{}}}", '{"name": "Eva \\u00e9"}}}').encode()
    raw = raw.replace(b"\\u00e9", b"\xff")
    file = tmp_path / "export.json"
    file.write_bytes(raw)
    open_page(page, "mijn-gegevens/")
    dialog = confirm_import(page, file)
    expect(dialog).to_contain_text("geen UTF-8")


# 11. Without JavaScript, Mijn gegevens promises nothing that does not work.


def test_without_javascript_mijn_gegevens_says_what_works(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("mijn-gegevens/")
    note = page.locator(".gk-noscript").inner_text()
    assert "met de hand" in note
    assert "invullen en afdrukken" not in note
    context.close()
