"""The English edition (issue 17): every page and data text in both languages, the right
lang and hreflang on every page, a language switch that keeps page and anchor, and saved
data shared between the languages."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin

import pytest
import yaml
from browser_helpers import wait_ready
from bs4 import BeautifulSoup
from conftest import LANGUAGES, page_address
from playwright.sync_api import expect
from test_build import nav_pages

from macros import main
from macros.editions import check_pages
from macros.loader import DataError, Edition, read_data
from macros.models import Checklist, Comparison, Interface
from macros.overlay import merge

ROOT = Path(__file__).resolve().parent.parent
SITE_URL = "https://gespreksklaar.nl/"

CHECKLIST = {
    "id": "lijst",
    "titel": "Lijst",
    "samenvatting": "Kort.",
    "pagina": "a.md",
    "secties": [
        {
            "id": "deel",
            "titel": "Deel",
            "items": [
                {"id": "een", "tekst": "Een", "link": "a.md"},
                {"id": "twee", "tekst": "Twee", "hint": "Let op"},
            ],
        }
    ],
}
ENGLISH = {
    "id": "lijst",
    "titel": "List",
    "samenvatting": "Short.",
    "secties": [
        {
            "id": "deel",
            "titel": "Part",
            "items": [
                {"id": "een", "tekst": "One"},
                {"id": "twee", "tekst": "Two", "hint": "Mind"},
            ],
        }
    ],
}


def write(path: Path, data: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def english_checklist(tmp_path: Path, english: dict | None) -> Checklist:
    dutch = write(tmp_path / "checklists" / "lijst.yml", CHECKLIST)
    if english is not None:
        write(tmp_path / "en" / "checklists" / "lijst.yml", english)
    return read_data(Checklist, dutch, Edition("en", tmp_path))


def error_of(tmp_path: Path, english: dict | None) -> str:
    with pytest.raises(DataError) as error:
        english_checklist(tmp_path, english)
    return str(error.value)


# --- The data overlay (macros/overlay.py) ------------------------------------------------


def test_english_text_is_merged_over_the_dutch_data(tmp_path):
    checklist = english_checklist(tmp_path, ENGLISH)
    first, second = checklist.secties[0].items
    assert (checklist.titel, first.tekst, second.hint) == ("List", "One", "Mind")
    # Ids and links come from the Dutch file.
    assert (first.id, first.link) == ("een", "a.md")


def test_a_missing_english_text_names_file_entry_and_field(tmp_path):
    english = json.loads(json.dumps(ENGLISH))
    del english["secties"][0]["items"][1]["hint"]
    assert error_of(tmp_path, english) == (
        f"{tmp_path}/en/checklists/lijst.yml: checklist 'lijst': secties 'deel' → "
        "items 'twee' → veld 'hint': de Engelse tekst ontbreekt"
    )


def test_an_english_entry_without_a_dutch_one_is_an_error(tmp_path):
    english = json.loads(json.dumps(ENGLISH))
    english["secties"][0]["items"].append({"id": "drie", "tekst": "Three"})
    assert error_of(tmp_path, english).endswith(
        "checklist 'lijst': secties 'deel' → items 'drie': staat niet in het Nederlandse bestand"
    )


def test_a_missing_english_entry_is_an_error(tmp_path):
    english = json.loads(json.dumps(ENGLISH))
    english["secties"][0]["items"].pop()
    assert error_of(tmp_path, english).endswith(
        "secties 'deel' → items 'twee': ontbreekt in het Engelse bestand"
    )


def test_a_value_that_is_not_text_has_no_place_in_the_english_file(tmp_path):
    english = json.loads(json.dumps(ENGLISH))
    english["secties"][0]["items"][0]["link"] = "b.md"
    assert error_of(tmp_path, english).endswith(
        "secties 'deel' → items 'een' → veld 'link': is geen tekst: laat dit veld weg, "
        "het komt uit het Nederlandse bestand"
    )


def test_an_english_text_must_be_text(tmp_path):
    english = {**ENGLISH, "titel": 2026}
    assert error_of(tmp_path, english).endswith("veld 'titel': moet tekst zijn, niet 2026")


def test_an_english_block_list_or_table_of_the_wrong_shape_is_named():
    dutch = {**CHECKLIST, "volgende": {"tekst": "Verder", "link": "a.md"}}
    english = {**ENGLISH, "volgende": "Next", "secties": "Part"}
    assert merge(Checklist, dutch, english)[1] == [
        "volgende: moet een blok met velden zijn, zoals in het Nederlandse bestand",
        "veld 'secties': moet een lijst zijn, zoals in het Nederlandse bestand",
    ]
    table = {
        "titel": "Tabel",
        "kolommen": [{"id": "a", "kop": "A"}, {"id": "b", "kop": "B"}],
        "rijen": [{"id": "r", "kop": "R", "cellen": {"a": "1", "b": "2"}}],
    }
    english = {**table, "rijen": [{"id": "r", "kop": "R", "cellen": "1, 2"}]}
    assert merge(Comparison, table, english)[1] == [
        "rijen 'r' → veld 'cellen': moet een blok zijn, zoals in het Nederlandse bestand"
    ]


def test_a_missing_english_file_is_named(tmp_path):
    assert error_of(tmp_path, None).startswith(
        f"{tmp_path}/en/checklists/lijst.yml: bestand ontbreekt"
    )


def test_an_english_file_without_a_dutch_one_is_found(tmp_path):
    write(tmp_path / "en" / "checklists" / "weg.yml", ENGLISH)
    assert Edition("en", tmp_path).orphans() == [tmp_path / "en" / "checklists" / "weg.yml"]


# --- Pages in both languages (macros/editions.py) ------------------------------------------


def test_a_page_missing_in_one_language_is_named(tmp_path):
    docs = tmp_path / "docs"
    for name in ("a.md", "b.md", "b.en.md", "map/c.en.md"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("# Kop\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        check_pages(docs, LANGUAGES)
    assert str(error.value).splitlines()[1:] == [
        "docs/a.en.md ontbreekt (naast a.md)",
        "docs/map/c.md ontbreekt (naast map/c.en.md)",
    ]


def test_every_dutch_page_has_its_english_page_and_the_reverse():
    check_pages(ROOT / "docs", LANGUAGES)


def test_every_dutch_data_text_has_its_english_text_and_the_reverse():
    """Runs the macros as the English build pass does: every data file, in English."""
    i18n = SimpleNamespace(
        current_language="en",
        default_language="nl",
        build_languages=list(LANGUAGES),
        config=SimpleNamespace(
            languages=[SimpleNamespace(locale=code, name=code, build=True) for code in LANGUAGES]
        ),
    )
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    env = SimpleNamespace(
        conf={
            "docs_dir": "docs",
            "site_url": SITE_URL,
            "site_dir": str(ROOT / "site-none"),
            "nav": config["nav"],
            "extra": {},
            "mdx_configs": {},
            "plugins": {"i18n": i18n},
        },
        variables={},
        macro=lambda function: function,
    )
    main.define_env(env)
    assert env.variables["gk_languages"].current == "en"


# --- The built site -------------------------------------------------------------------------


UI = {
    lang: read_data(Interface, ROOT / "data" / "ui.yml", Edition(lang, ROOT / "data"))
    for lang in LANGUAGES
}


def parsed(site_dir: Path, address: str) -> BeautifulSoup:
    return BeautifulSoup((site_dir / address / "index.html").read_text("utf-8"), "html.parser")


@pytest.mark.parametrize("source", nav_pages())
def test_lang_hreflang_and_switch_on_every_page(site_dir, source):
    for lang in LANGUAGES:
        address = page_address(source, lang)
        tree = parsed(site_dir, address)
        assert tree.html["lang"] == lang, address
        # The link beside each heading is named in the page's language too.
        assert {link["title"] for link in tree.select("a.headerlink")} <= {UI[lang].ankerlink}
        alternates = {
            link["hreflang"]: link["href"]
            for link in tree.select("head link[hreflang]")
            if link.get("rel") == ["alternate"]
        }
        assert alternates == {
            "nl": SITE_URL + page_address(source, "nl"),
            "en": SITE_URL + page_address(source, "en"),
            "x-default": SITE_URL + page_address(source, "nl"),
        }, address
        (switch,) = tree.select("header a[data-gk-language]")
        other = next(code for code in LANGUAGES if code != lang)
        assert (switch["hreflang"], switch["lang"]) == (other, other)
        assert urljoin(SITE_URL + address, switch["href"]) == SITE_URL + page_address(source, other)


def test_each_language_has_its_404_page_search_index_and_manifest(site_dir):
    for lang in LANGUAGES:
        prefix = "" if lang == "nl" else f"{lang}/"
        page = BeautifulSoup((site_dir / prefix / "404.html").read_text("utf-8"), "html.parser")
        assert page.html["lang"] == lang
        index = json.loads((site_dir / prefix / "zoekindex.json").read_text("utf-8"))
        assert [entry[0] for entry in index["pages"]] == [
            page_address(source, lang) for source in nav_pages()
        ]
        manifest = json.loads((site_dir / prefix / "manifest.webmanifest").read_text("utf-8"))
        assert manifest["lang"] == lang
    # The English texts are not the Dutch ones.
    titles = {
        BeautifulSoup((site_dir / prefix / "404.html").read_text("utf-8"), "html.parser").h1.text
        for prefix in ("", "en/")
    }
    assert len(titles) == 2


def test_the_offline_copy_holds_both_languages(site_dir):
    worker = (site_dir / "sw.js").read_text("utf-8")
    precache = json.loads(worker.splitlines()[0].removeprefix("const PRECACHE = ").rstrip(";"))
    for source in nav_pages():
        for lang in LANGUAGES:
            assert "./" + page_address(source, lang) in precache["files"]
    assert {"./zoekindex.json", "./en/zoekindex.json", "./en/404.html"} <= set(precache["files"])


# --- In the browser --------------------------------------------------------------------------

TICK = '.gk-checklist[data-checklist="voorbereiding"] input[type="checkbox"]'


@pytest.mark.browser
def test_a_tick_on_a_dutch_page_shows_on_its_english_page(page):
    page.goto("voorbereiden/")
    wait_ready(page)
    box = page.locator(TICK).first
    box_id = box.get_attribute("id")
    box.check()
    page.goto("en/voorbereiden/")
    wait_ready(page)
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.locator(f"#{box_id}")).to_be_checked()
    expect(page.locator(TICK).nth(1)).not_to_be_checked()


@pytest.mark.browser
def test_the_language_switch_keeps_page_and_anchor_after_instant_navigation(page, base_url):
    # Material navigates instantly only to addresses in the sitemap, which names the
    # published host; serve it with this test server's host.
    page.route(
        "**/sitemap.xml",
        lambda route: route.fulfill(body=route.fetch().text().replace(SITE_URL, base_url)),
    )
    page.goto("voorbereiden/")
    wait_ready(page)
    page.evaluate("window.__samePage = true")
    page.locator('.md-content a[href$="vragen/"]').first.click()
    page.wait_for_url("**/vragen/")
    wait_ready(page)
    assert page.evaluate("window.__samePage") is True, "expected instant navigation"
    page.evaluate("location.hash = 'oefenen'")
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/vragen/#oefenen")
    wait_ready(page)
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/vragen/#oefenen")
    assert page.locator("html").get_attribute("lang") == "nl"
