"""The search index: each section of each built page, with its heading and its words.

Built from the finished HTML, so it holds what the macros render too (checklists,
templates, tools). Written into the site after the build (macros/main.py on_post_build) and
fetched by browser/js/search.js only when the reader starts to search.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>', re.S)
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
# A stem found in more than one in COMMON sections tells none apart: it goes without them.
COMMON = 20
WORD = re.compile(r"[^\W\d_]{3,}")  # words of three letters or more, no digits
# Text that is not content: the permalink sign, icons, button labels, scripts; and what is
# aria-hidden, such as the labels that name a table's column again in each cell.
SKIP = {"script", "style", "svg", "button", "template", "noscript"}
HEADINGS = {"h1", "h2", "h3"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _Sections(HTMLParser):
    """Splits an article at its h1 to h3 headings into (anchor, heading, text) sections."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[list[str]] = [["", "", ""]]
        self.skipping: list[str] = []  # open elements whose text is left out
        self.in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_data(" ")  # "<li>een</li><li>twee</li>" holds two words, not "eentwee"
        found = dict(attrs)
        if (
            self.skipping
            or tag in SKIP
            or "headerlink" in (found.get("class") or "")
            or found.get("aria-hidden") == "true"
        ):
            if tag not in VOID:
                self.skipping.append(tag)
        elif tag == "h1" or (tag in HEADINGS and found.get("id")):
            # A heading without an id cannot be linked to: its words count as text.
            self.in_heading = True
            if tag != "h1":
                self.sections.append([found["id"], "", ""])

    def handle_endtag(self, tag: str) -> None:
        self.handle_data(" ")
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
        elif tag in HEADINGS:
            self.in_heading = False

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        self.sections[-1][1 if self.in_heading else 2] += data


def page_sections(html: str) -> list[tuple[str, str, str]]:
    """The sections of a built page as (anchor, heading, text); the first is under the h1."""
    article = ARTICLE.search(html)
    parser = _Sections()
    parser.feed(article.group(1) if article else "")
    title = " ".join(parser.sections[0][1].split())
    if not title:  # a page without h1: its <title> starts with the page's name
        title = unescape(TITLE.search(html).group(1)).split(" - ")[0].strip()
    return [
        (anchor, " ".join(heading.split()) or title, " ".join(text.split()))
        for anchor, heading, text in parser.sections
    ]


def page_url(md_file: str) -> str:
    """The address of a page relative to the site root: "sjablonen/x.md" -> "sjablonen/x/"."""
    stem = md_file.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index") + "/"


def fold(word: str) -> str:
    """Lower case without accents: "Één" -> "een"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem(word: str, suffixes: list[str]) -> str:
    """A light Dutch stem: cut the first ending that leaves three letters, undouble the end.

    browser/js/search.js stems what the reader types by the same rule; tests/test_search.py
    checks that both agree.
    """
    word = fold(word)
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouy":
        word = word[:-1]
    return word


def _gap(number: int) -> str:
    """A gap between section numbers without a separator: the last character is a base-36
    digit (0-9, a-z), any before it an upper-case base-26 digit (A-Z) of number // 36."""
    high, low = divmod(number, 36)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[low]
    while high:
        high, rest = divmod(high, 26)
        digits = chr(ord("A") + rest) + digits
    return digits


def _front_coded(words: list[str]) -> str:
    """Sorted words, each as how many letters it shares with the one before (0-9) + the rest."""
    coded, before = [], ""
    for word in words:
        shared = 0
        while shared < min(9, len(word), len(before)) and word[shared] == before[shared]:
            shared += 1
        coded.append(f"{shared}{word[shared:]}")
        before = word
    return "".join(coded)


def build_index(site_dir: Path, pages: list[str], suffixes: list[str], prefix: str = "") -> dict:
    """The index of the built pages (Markdown files in reading order), compact for the wire.

    "pages" holds for each page its address, the heading of its first section (the text
    under its title), then the anchor and heading of each further section. The sections are
    numbered in that order. "words" lists every stem of the text, sorted and front-coded;
    "postings" the sections of each stem, as gaps from the one before (see _gap), a comma
    between stems. A stem in more than one in COMMON sections has no sections listed (an
    empty posting): it may be in any section, tells none apart, and listing it would make
    the index too large. Headings the browser reads from "pages", so every heading word
    counts there, and headings rank above the text. `prefix` is where the language's pages
    are ("en/").
    """
    urls: list[list[str]] = []
    count = 0
    postings: dict[str, set[int]] = {}
    for md_file in pages:
        url = prefix + page_url(md_file)
        path = site_dir / url / "index.html"
        if not path.is_file():
            continue
        entry = [url]
        for anchor, heading, text in page_sections(path.read_text(encoding="utf-8")):
            entry += [anchor, heading] if anchor else [heading]
            for word in WORD.findall(text):
                postings.setdefault(stem(word, suffixes), set()).add(count)
            count += 1
        urls.append(entry)
    words = sorted(postings)
    coded = []
    for word in words:
        gaps, before = [], 0
        if len(postings[word]) * COMMON <= count:
            for number in sorted(postings[word]):
                gaps.append(_gap(number - before))
                before = number
        coded.append("".join(gaps))
    return {
        "suffixes": suffixes,
        "pages": urls,
        "words": _front_coded(words),
        "postings": ",".join(coded),
    }
