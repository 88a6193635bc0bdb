"""Legal statements link to their primary text, and the corrections of issue 13 stay made:
the site's own feedback examples avoid the words the feedback builder warns about, SMART's
A stands for a word with an A, and templates speak to the reader as "je"."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from test_build import html_path, nav_pages

from macros.loader import load, load_feedback_words

ROOT = Path(__file__).resolve().parent.parent

AVG = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679"
ARBOWET = "https://wetten.overheid.nl/BWBR0010346/"
WET_FLEXIBEL_WERKEN = "https://wetten.overheid.nl/BWBR0011173/"
WOR = "https://wetten.overheid.nl/BWBR0002747/"
BW7 = "https://wetten.overheid.nl/BWBR0005290/"
JURIDISCH_LOKET = "https://www.juridischloket.nl/"

# A page that says one of these things states a right or a duty from a law, or sends the
# reader to legal help: it must link to the source, so the reader can read it there. The
# English pages keep the Dutch names and add an English one (translation/glossary-en.md).
SOURCES = {
    r"\bAVG\b|\bGDPR\b|\bdiagnos[ei]s?\b|\bmedische gegevens\b|\bmedical (?:data|information)\b": AVG,
    (
        r"\bArbowet\b|\bArbeidsomstandighedenwet\b|\bWorking Conditions Act\b"
        r"|\bspreekuur van de bedrijfsarts\b|\bconsultation hours\b"
    ): ARBOWET,
    r"\bWet flexibel werken\b|\bFlexible Working Act\b": WET_FLEXIBEL_WERKEN,
    (
        r"\bondernemingsraad\b|\bWet op de ondernemingsraden\b|\bworks council\b"
        r"|\bWorks Councils Act\b"
    ): WOR,
    r"\bBurgerlijk Wetboek\b|\bCivil Code\b": BW7,
    r"\bJuridisch Loket\b": JURIDISCH_LOKET,
}
# An article number is always a law's: the page links at least one primary text.
ARTICLE = r"\b(?:artikel|article) \d+"
LAW_HOSTS = ("https://wetten.overheid.nl/", "https://eur-lex.europa.eu/")


def article(site: Path, source: str, lang: str = "nl"):
    tree = BeautifulSoup(html_path(site, source, lang).read_text(encoding="utf-8"), "html.parser")
    return tree.select_one("article.md-content__inner")


def missing_sources(content) -> list[str]:
    """The sources a page's text calls for that none of its links reaches."""
    text = " ".join(content.get_text(" ").split())
    hrefs = [a["href"] for a in content.select("a[href]")]
    missing = [
        f"{pattern} → {url}"
        for pattern, url in SOURCES.items()
        if re.search(pattern, text, re.IGNORECASE) and url not in hrefs
    ]
    if re.search(ARTICLE, text, re.IGNORECASE) and not any(h.startswith(LAW_HOSTS) for h in hrefs):
        missing.append(f"artikel → {' of '.join(LAW_HOSTS)}")
    return missing


@pytest.mark.parametrize("source", nav_pages())
def test_a_page_that_states_a_right_links_to_its_source(site_dir, source, lang):
    assert missing_sources(article(site_dir, source, lang)) == []


def test_the_pages_about_rights_state_them(site_dir, lang):
    """The check above has something to check: these pages name the laws they rely on, in
    each language."""
    expected = {
        "dossier.md": {AVG, WOR, JURIDISCH_LOKET},
        "spanning.md": {ARBOWET, BW7},
        "onderwerpen.md": {AVG, ARBOWET, WET_FLEXIBEL_WERKEN, BW7},
        "na-het-gesprek.md": {JURIDISCH_LOKET},
        "anders-dan-verwacht.md": {JURIDISCH_LOKET},
    }
    for source, urls in expected.items():
        content = article(site_dir, source, lang)
        text = " ".join(content.get_text(" ").split())
        called_for = {
            url for pattern, url in SOURCES.items() if re.search(pattern, text, re.IGNORECASE)
        }
        assert called_for == urls, source


@pytest.mark.parametrize(
    ("source", "url"),
    [("dossier.md", AVG), ("spanning.md", ARBOWET), ("onderwerpen.md", WET_FLEXIBEL_WERKEN)],
)
def test_removing_a_source_link_is_caught(site_dir, source, url, lang):
    content = article(site_dir, source, lang)
    for link in content.select("a[href]"):
        if link["href"] == url:
            link.unwrap()
    assert [entry for entry in missing_sources(content) if entry.endswith(url)]


@pytest.mark.parametrize("sentence", ["Dat staat in artikel 7.", "This is in Article 7."])
def test_an_article_number_without_any_law_link_is_caught(sentence):
    content = BeautifulSoup(
        f'<article><p>{sentence} Lees <a href="/x/">meer</a>.</p></article>', "html.parser"
    )
    assert missing_sources(content) == [f"artikel → {' of '.join(LAW_HOSTS)}"]


def test_feedback_examples_avoid_the_words_the_builder_warns_about(site_dir):
    """The 'Liever niet' lines show a warned word on purpose; every other example on the
    feedback page is one to copy, so it must not contain one."""
    words = load_feedback_words(ROOT / "data" / "feedback-woorden.yml")
    forms = [form for word in words.woorden for form in word.vormen]
    examples = article(site_dir, "feedback.md").select(".admonition p:not(.admonition-title)")
    to_copy = [p.get_text(" ") for p in examples if not p.get_text().startswith("Liever niet")]
    assert len(to_copy) == 3
    for text in to_copy:
        found = [f for f in forms if re.search(rf"\b{re.escape(f)}\b", text, re.IGNORECASE)]
        assert not found, text


def test_every_other_word_for_smart_a_starts_with_an_a(site_dir):
    content = article(site_dir, "valkuilen.md")
    table = content.find(id="smart").find_next("table")
    note = table.find_next("p")
    alternatives = [em.get_text() for em in note.find_all("em")]
    assert alternatives and all(word.startswith("A") for word in alternatives), alternatives


def test_templates_speak_to_the_reader_as_je():
    """Tools and templates ask 'Wat heb je …?'; checklists are the reader's own 'Ik heb …'."""
    data = load(ROOT / "data", ROOT / "docs")
    first_person = re.compile(r"\b(ik|mijn|mij|me)\b", re.IGNORECASE)
    for template in data.templates.values():
        for field in template.fields:
            for text in (field.label, field.uitleg or ""):
                assert not first_person.search(text), f"{template.id} → {field.id}: {text}"
