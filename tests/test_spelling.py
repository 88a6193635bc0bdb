"""Dutch spelling of every page in the nav, checked by hunspell with Debian's nl dictionary.

The text is what a reader gets: the title, the description and the page content, with
parts marked as another language (lang="en") left out. Real terms the dictionary lacks
live in tests/spelling/woorden.txt, which must stay small and fully used.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from test_build import html_path, nav_pages

ROOT = Path(__file__).resolve().parent.parent
WORD_LIST = ROOT / "tests" / "spelling" / "woorden.txt"
# A word: letters, with apostrophes, hyphens or '&' inside (collega's, R&O-gesprek).
WORD = re.compile(r"[^\W\d_](?:[\w'\u2019&-]*[^\W_])?")


def project_words() -> list[str]:
    lines = WORD_LIST.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def unknown_words(words: set[str]) -> set[str]:
    """The words hunspell's Dutch dictionary does not know (-L: one word per line, so a
    reported line is the whole word, also when hunspell splits it, as at R&O)."""
    if not shutil.which("hunspell"):
        pytest.fail("hunspell ontbreekt: `make test` installeert hunspell en hunspell-nl")
    result = subprocess.run(
        ["hunspell", "-d", "nl", "-L", "-i", "utf-8"],
        input="\n".join(sorted(words)),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.splitlines())


def page_text(path: Path) -> str:
    tree = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for foreign in tree.select('[lang]:not([lang|="nl"])'):
        foreign.decompose()
    description = tree.find("meta", attrs={"name": "description"})
    content = tree.select_one("article.md-content__inner")
    assert content is not None, path
    return " ".join([tree.title.get_text(), description["content"], content.get_text(" ")])


def words_in(text: str) -> set[str]:
    return set(WORD.findall(text))


@pytest.mark.parametrize("page", nav_pages())
def test_page_is_spelled_in_dutch(site_dir, page):
    words = words_in(page_text(html_path(site_dir, page))) - set(project_words())
    assert not sorted(unknown_words(words)), "onbekende woorden (tikfout, of een echte term?)"


def test_the_check_catches_a_misspelling():
    assert unknown_words({"functioneringsgesprek", "functionerinsgesprek", "collega's"}) == {
        "functionerinsgesprek"
    }


def test_word_list_is_sorted_small_and_every_word_needed(site_dir):
    listed = project_words()
    assert listed == sorted(listed, key=str.lower), "houd de woordenlijst op alfabet"
    assert len(listed) <= 20, "de woordenlijst hoort klein te blijven"
    used: set[str] = set()
    for page in nav_pages():
        used |= words_in(page_text(html_path(site_dir, page)))
    assert not [word for word in listed if word not in used], "staat niet (meer) op de site"
    known = set(listed) - unknown_words(set(listed))
    assert not known, f"het woordenboek kent deze al: {sorted(known)}"
