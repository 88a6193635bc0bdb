"""Mijn gegevens: export, wipe and import give back the same state; a bad or hostile file
is refused or stays inert; nothing is replaced or wiped without a yes."""

import datetime
import json
from pathlib import Path

import pytest
from browser_helpers import (
    KEY,
    axe_violations,
    browser_today,
    open_page,
    page_date,
    saved,
    site_data,
    texts,
    wait_until_saved,
)
from conftest import page_address
from playwright.sync_api import expect
from test_state_pages import FORM, MY_DATA, TICK, table_page

from macros.loader import load_my_data
from macros.manifest import site_version

pytestmark = pytest.mark.browser

HOSTILE = [
    '<img src=x onerror="window.__pwned = 1">',
    "</textarea><script>window.__pwned = 2</script>",
    "{{ 7*7 }}",
]


def my_data(lang: str):
    """What Mijn gegevens says, in the language."""
    return texts(lang, load_my_data, "mijn-gegevens.yml")


def fill_some_state(page, lang: str = "nl") -> None:
    url, field = table_page(page, lang)
    open_page(page, url)
    page.locator(f'[data-field="{field}"][data-column]').first.fill("Een actie")
    page.get_by_role("button", name=texts(lang).lijsten.rij_toevoegen).first.click()
    open_page(page, page_address("voorbereiden.md", lang))
    page.locator(TICK).check()
    page.locator(f"{FORM} textarea[data-field]").first.fill("Mijn antwoord")
    wait_until_saved(page, "state.templates?.voorbereidingsformulier")


def meeting(page) -> datetime.date:
    """A meeting 30 days from the browser's today."""
    return browser_today(page) + datetime.timedelta(days=30)


def use_every_tool(page, lang: str = "nl") -> datetime.date:
    """Uses each tool once; gives back the meeting's day."""
    open_page(page, page_address("plannen.md", lang))
    day = meeting(page)
    page.fill("#gk-plan-date", day.isoformat())
    page.locator("[data-gk-module=planner] button[type=submit]").click()
    open_page(page, page_address("smart-doel.md", lang))
    page.fill("#gk-smart-1-specific", "een cursus volgen")
    wait_until_saved(page, "state.tools.smart?.goals?.[0]?.specific")
    open_page(page, page_address("feedback-schrijven.md", lang))
    page.fill("#gk-feedback-situatie", "Het overleg liep uit.")
    page.fill("#gk-feedback-wens", "Kunnen we een agenda maken?")
    wait_until_saved(page, "state.templates['feedback-leidinggevende-formulier']?.fields?.wens")
    open_page(page, page_address("successen.md", lang))
    for what in ("Ik heb een klant geholpen", "Ik heb een cursus afgerond"):
        page.fill("#gk-success-date", (day - datetime.timedelta(days=33)).isoformat())
        page.fill("#gk-success-what", what)
        page.locator("[data-gk-module=successes] form button[type=submit]").click()
    return day


def import_file(page, path: Path, lang: str = "nl") -> None:
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name=my_data(lang).importeer).click()
    chooser.value.set_files(str(path))


def message(page, tool: str):
    """What the tool says now: its status line or, for a failure, its alert."""
    return page.locator(f'[data-gk-tool="{tool}"] .gk-message:not(:empty)')


# How a message looks: its role, the colour of its border and its icon (messages.css).
LOOK = """(line) => ({
  role: line.getAttribute("role"),
  border: getComputedStyle(line).borderLeftColor,
  icon: getComputedStyle(line, "::before").content,
})"""


def counted(plural, n: int) -> str:
    return plural.een if n == 1 else plural.meer.format(n=n)


# The one round trip of Mijn gegevens, with a checklist, a form and every tool in it.
def test_export_wipe_import_gives_back_the_same_state(page, tmp_path, lang):
    said = my_data(lang)
    tools = said.hulpmiddelen
    fill_some_state(page, lang)
    day = use_every_tool(page, lang)
    before = saved(page)
    assert set(before["tools"]) == {"planner", "smart", "successes"}
    open_page(page, page_address(MY_DATA, lang))
    summary = page.locator('[data-gk-tool="summary"]')
    total = len(site_data(lang).checklists["voorbereiding"].items)
    expect(summary).to_contain_text(said.afgevinkt.format(n=1, alle=total))
    planned = tools["planner"].datum.format(datum=page_date(page, day))
    expect(summary).to_contain_text(f"{tools['planner'].titel}: {planned}")
    expect(summary).to_contain_text(f"{tools['smart'].titel}: {counted(tools['smart'].aantal, 1)}")
    feedback = site_data(lang).templates["feedback-leidinggevende-formulier"].titel
    expect(summary).to_contain_text(f"{feedback}: {counted(said.antwoorden, 2)}")
    successes = f"{tools['successes'].titel}: "
    expect(summary).to_contain_text(successes + counted(tools["successes"].aantal, 2))
    with page.expect_download() as download:
        page.get_by_role("button", name=said.exporteer).click()
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert download.value.suggested_filename.startswith("gespreksklaar-")
    assert exported["format"] == "gespreksklaar"
    assert exported["version"] == before["version"]
    assert exported["site"] == site_version()
    assert exported["exported"].endswith("Z")
    for part in ("checklists", "templates", "tools"):
        assert exported[part] == before[part]

    page.get_by_role("button", name=said.wis).click()
    page.get_by_role("button", name=said.wis_ja).click()
    expect(message(page, "wipe")).to_have_text(said.gewist)
    expect(summary).to_contain_text(said.niets_bewaard)
    assert saved(page) is None
    open_page(page, page_address("successen.md", lang))
    expect(page.locator(".gk-successes__item")).to_have_count(0)

    open_page(page, page_address(MY_DATA, lang))
    file = tmp_path / "export.json"
    file.write_text(json.dumps(exported), encoding="utf-8")
    import_file(page, file, lang)
    dialog = page.get_by_role("dialog")
    now_and_then = said.nu_en_straks.format(
        nu=said.niets, straks=counted(tools["successes"].aantal, 2)
    )
    expect(dialog).to_contain_text(successes + now_and_then)
    dialog.get_by_role("button", name=said.terugzetten_ja).click()
    expect(message(page, "import")).to_contain_text(said.teruggezet)
    assert saved(page) == before
    open_page(page, page_address("voorbereiden.md", lang))
    expect(page.locator(TICK)).to_be_checked()
    assert page.locator(f"{FORM} textarea[data-field]").first.input_value() == "Mijn antwoord"
    open_page(page, page_address("plannen.md", lang))
    expect(page.locator("#gk-plan-date")).to_have_value(day.isoformat())
    open_page(page, page_address("smart-doel.md", lang))
    expect(page.locator("#gk-smart-1-specific")).to_have_value("een cursus volgen")
    open_page(page, page_address("feedback-schrijven.md", lang))
    expect(page.locator("#gk-feedback-wens")).to_have_value("Kunnen we een agenda maken?")
    open_page(page, page_address("successen.md", lang))
    expect(page.locator(".gk-successes__item")).to_have_count(2)


def test_import_shows_what_it_replaces_and_can_be_declined(page, tmp_path, lang):
    said = my_data(lang)
    fill_some_state(page, lang)
    before = saved(page)
    other = {
        "format": "gespreksklaar",
        "version": 2,
        "checklists": {"voorbereiding": {"items": {}}},
    }
    file = tmp_path / "other.json"
    file.write_text(json.dumps(other), encoding="utf-8")
    open_page(page, page_address(MY_DATA, lang))
    import_file(page, file, lang)
    dialog = page.get_by_role("dialog")
    total = len(site_data(lang).checklists["voorbereiding"].items)
    expect(dialog).to_contain_text(
        said.nu_en_straks.format(
            nu=said.afgevinkt.format(n=1, alle=total), straks=said.afgevinkt.format(n=0, alle=total)
        )
    )
    dialog.get_by_role("button", name=texts(lang).algemeen.nee_terug).click()
    expect(message(page, "import")).to_have_text(said.niet_veranderd)
    assert saved(page) == before


def test_a_hostile_import_stays_text(page, tmp_path):
    open_page(page, "voorbereiden/")
    form = page.locator(FORM)
    fields = [
        form.locator("textarea[data-field]").nth(i).get_attribute("data-field") for i in (0, 1)
    ]
    short = form.locator('input[type="text"][data-field]').first.get_attribute("data-field")
    hostile = {
        "format": "gespreksklaar",
        "version": 2,
        "checklists": {HOSTILE[0]: {"items": {}}, "voorbereiding": {"items": {"resultaten": True}}},
        "templates": {
            "voorbereidingsformulier": {
                "fields": {fields[0]: HOSTILE[0], fields[1]: HOSTILE[1], short: HOSTILE[2]},
                "agenda": {},
            }
        },
    }
    file = tmp_path / "hostile.json"
    file.write_text(json.dumps(hostile), encoding="utf-8")
    open_page(page, "mijn-gegevens/")
    import_file(page, file)
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(f"checklists → {HOSTILE[0]}")  # skipped, shown as text
    dialog.get_by_role("button", name="Ja, zet terug").click()
    expect(message(page, "import")).to_contain_text("Klaar")
    open_page(page, "voorbereiden/")
    area = [form.locator(f'[data-field="{field}"]') for field in fields]
    expect(area[0]).to_have_value(HOSTILE[0])
    expect(area[1]).to_have_value(HOSTILE[1])
    expect(form.locator(f'[data-field="{short}"]')).to_have_value(HOSTILE[2])
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".md-content img[src='x'], .md-content script").count() == 0


# Refusing a file, a hostile file and persistent storage: the same code path in English.
BAD_FILES = {
    "too-big": ("x" * (33 * 1024 * 1024), "te groot (33,0 MB)"),
    "not-json": ("{dit is geen json", "geen export van Gespreksklaar"),
    "not-an-export": (json.dumps({"version": 2, "checklists": {}}), "geen export"),
    "text-where-a-tick-belongs": (
        json.dumps(
            {
                "format": "gespreksklaar",
                "version": 2,
                "checklists": {"voorbereiding": {"items": {"resultaten": "ja"}}},
            }
        ),
        "voorbereiding → resultaten",
    ),
    "a-list-where-text-belongs": (
        json.dumps(
            {
                "format": "gespreksklaar",
                "version": 2,
                "templates": {"voorbereidingsformulier": {"fields": {"bereikt": ["a"]}}},
            }
        ),
        "voorbereidingsformulier → bereikt",
    ),
    "newer-version": (json.dumps({"format": "gespreksklaar", "version": 99}), "nieuwere versie"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_is_refused_with_a_message_and_changes_nothing(page, tmp_path, name):
    content, says = BAD_FILES[name]
    open_page(page, "voorbereiden/")
    page.locator(TICK).check()
    before = saved(page)
    file = tmp_path / f"{name}.json"
    file.write_text(content, encoding="utf-8")
    open_page(page, "mijn-gegevens/")
    import_file(page, file)
    text = message(page, "import")
    expect(text).to_contain_text("Dat lukt niet.")
    expect(text).to_contain_text(says)
    expect(text).to_contain_text("Er is niets veranderd.")
    assert page.get_by_role("dialog").count() == 0
    assert saved(page) == before


def test_wipe_asks_first(page, lang):
    open_page(page, page_address("voorbereiden.md", lang))
    page.locator(TICK).check()
    before = saved(page)
    open_page(page, page_address(MY_DATA, lang))
    page.get_by_role("button", name=my_data(lang).wis).click()
    page.keyboard.press("Escape")
    expect(message(page, "wipe")).to_have_text(my_data(lang).niet_gewist)
    assert saved(page) == before
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is not None


def test_persistent_storage_is_asked_for_and_the_answer_told(page):
    open_page(page, "mijn-gegevens/")
    told = message(page, "persist")
    expect(told).to_have_text(
        "Je browser bewaart je gegevens nog niet blijvend."
    )  # a fresh profile
    page.get_by_role("button", name="Vraag om blijvende opslag").click()
    expect(told).not_to_have_text("Je browser bewaart je gegevens nog niet blijvend.")
    granted = page.evaluate("navigator.storage.persisted()")
    expect(told).to_contain_text("blijvend." if granted else "geen blijvende opslag")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_import_error_is_announced_and_looks_unlike_a_success(page, tmp_path, scheme):
    page.emulate_media(color_scheme=scheme)
    fill_some_state(page)
    open_page(page, "mijn-gegevens/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporteer").click()
    good = Path(download.value.path())

    bad = tmp_path / "bad.json"
    bad.write_text("{dit is geen json", encoding="utf-8")
    import_file(page, bad)
    line = message(page, "import")
    expect(line).to_contain_text("Dat lukt niet.")
    error = line.evaluate(LOOK)
    assert error["role"] == "alert"
    assert error["icon"] == '"✕" / ""'
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)

    import_file(page, good)
    page.get_by_role("dialog").get_by_role("button", name="Ja, zet terug").click()
    expect(line).to_contain_text("Klaar")
    # The failure is gone once something went right.
    expect(page.locator('[data-gk-tool="import"] [role="alert"]')).to_be_empty()
    success = line.evaluate(LOOK)
    assert success["role"] == "status"
    assert success["icon"] == '"✓" / ""'
    assert success["border"] != error["border"]
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def test_wipe_says_it_leaves_the_offline_copy_of_the_site(page, lang):
    said = my_data(lang)
    open_page(page, page_address(MY_DATA, lang))
    note = page.locator("#gk-wipe-note")  # the page's own words (docs/mijn-gegevens*.md)
    assert note.get_by_role("link").get_attribute("href").endswith("privacy/#offline")
    page.get_by_role("button", name=said.wis).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(note.inner_text())
    confirm = dialog.get_by_role("button", name=said.wis_ja)
    assert "gk-button--danger" in confirm.get_attribute("class")
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)
    confirm.click()
    done = message(page, "wipe")
    expect(done).to_have_text(said.gewist)
    assert done.evaluate(LOOK)["role"] == "status"
    assert "gk-message--success" in done.get_attribute("class")
