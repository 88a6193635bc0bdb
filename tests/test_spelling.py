"""Spelling of every page in the nav, in Dutch (hunspell-nl) and in English (hunspell en_GB),
and of the English data texts.

The text is what a reader gets: the title, the description and the page content, with
parts marked as another language (a lang other than the page's) left out. Real terms the
dictionary lacks live in a word list per language (tests/spelling/woorden.txt,
tests/spelling/words-en.txt: the Dutch terms the English edition keeps on purpose, names),
which must stay small and fully used.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from test_build import html_path, nav_pages

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = {"nl": "nl", "en": "en_GB"}
WORD_LIST = {
    "nl": ROOT / "tests" / "spelling" / "woorden.txt",
    "en": ROOT / "tests" / "spelling" / "words-en.txt",
}
LIST_SIZE = {"nl": 20, "en": 80}  # English keeps the Dutch terms of the workplace
# A word: letters, with apostrophes, hyphens or '&' inside (collega's, R&O-gesprek).
WORD = re.compile(r"[^\W\d_](?:[\w'\u2019&-]*[^\W_])?")


def project_words(lang: str = "nl") -> list[str]:
    lines = WORD_LIST[lang].read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def unknown_words(words: set[str], lang: str = "nl") -> set[str]:
    """The words hunspell's dictionary does not know (-L: one word per line, so a
    reported line is the whole word, also when hunspell splits it, as at R&O)."""
    if not shutil.which("hunspell"):
        pytest.fail("hunspell ontbreekt: `make test` installeert hunspell en de woordenboeken")
    result = subprocess.run(
        ["hunspell", "-d", DICTIONARY[lang], "-L", "-i", "utf-8"],
        input="\n".join(sorted(words)),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.splitlines())


def page_text(path: Path, lang: str = "nl") -> str:
    tree = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for foreign in tree.select(f'[lang]:not([lang|="{lang}"])'):
        foreign.decompose()
    description = tree.find("meta", attrs={"name": "description"})
    content = tree.select_one("article.md-content__inner")
    assert content is not None, path
    return " ".join([tree.title.get_text(), description["content"], content.get_text(" ")])


def words_in(text: str) -> set[str]:
    return set(WORD.findall(text))


@pytest.mark.parametrize("page", nav_pages())
def test_page_is_spelled_right(site_dir, page, lang):
    text = page_text(html_path(site_dir, page, lang), lang)
    words = words_in(text) - set(project_words(lang))
    assert not sorted(unknown_words(words, lang)), "unknown words (a typo, or a real term?)"


# Not text: ids, and the endings search cuts off (an OwnList in macros/models.py).
NOT_TEXT = ("id", "achtervoegsels")


def data_texts(node) -> list[str]:
    if isinstance(node, dict):
        return [
            text for key, value in node.items() if key not in NOT_TEXT for text in data_texts(value)
        ]
    if isinstance(node, list):
        return [text for value in node for text in data_texts(value)]
    return [node] if isinstance(node, str) else []


def english_data_words() -> set[str]:
    words: set[str] = set()
    for path in sorted((ROOT / "data" / "en").rglob("*.yml")):
        for text in data_texts(yaml.safe_load(path.read_text(encoding="utf-8"))):
            # Placeholders such as {n} are no words.
            words |= words_in(re.sub(r"\{\w+\}", " ", text))
    return words


def test_english_data_is_spelled_right():
    """Also the texts no page shows as text: messages, labels, the calendar file."""
    words = english_data_words() - set(project_words("en"))
    assert not sorted(unknown_words(words, "en")), "unknown words in data/en/"


def test_the_check_catches_a_misspelling():
    assert unknown_words({"functioneringsgesprek", "functionerinsgesprek", "collega's"}) == {
        "functionerinsgesprek"
    }
    assert unknown_words({"organise", "colleague", "colleage"}, "en") == {"colleage"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_word_list_is_sorted_small_and_every_word_needed(site_dir, lang):
    listed = project_words(lang)
    assert listed == sorted(listed, key=str.lower), "keep the word list in alphabetical order"
    assert len(listed) <= LIST_SIZE[lang], "the word list should stay small"
    used: set[str] = english_data_words() if lang == "en" else set()
    for page in nav_pages():
        used |= words_in(page_text(html_path(site_dir, page, lang), lang))
    assert not [word for word in listed if word not in used], "not (or no longer) on the site"
    known = set(listed) - unknown_words(set(listed), lang)
    assert not known, f"the dictionary knows these already: {sorted(known)}"
