"""The English edition for a reader in the Netherlands: British dates on screen and on
paper, and the preparation form on as many sheets as the Dutch one."""

from __future__ import annotations

import datetime
import re
import subprocess
from pathlib import Path

import pytest
from browser_helpers import STUB_PRINT, browser_today, open_to_print, wait_ready
from conftest import page_address
from test_print import assert_a4, pdf_info, pdf_text, print_pdf

from macros.loader import Edition, load_successes, read_data
from macros.models import Interface

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = Edition("en", ROOT / "data")
WORDS = read_data(Interface, ROOT / "data" / "ui.yml", ENGLISH)
SUCCESSES = load_successes(ROOT / "data" / "successen.yml", ENGLISH)
MONTHS = "January February March April May June July August September October November December"


def british(day: datetime.date) -> str:
    """'16 March 2027', as a reader in the Netherlands or the UK writes it."""
    return f"{day.day} {MONTHS.split()[day.month - 1]} {day.year}"


@pytest.mark.english
def test_an_english_tool_writes_dates_the_british_way(context, tmp_path):
    page = open_to_print(context, "en/successen/")
    day = datetime.date(2025, 11, 25)
    page.fill("#gk-success-date", day.isoformat())
    page.fill("#gk-success-what", "I gave a talk to the whole team")
    page.get_by_role("button", name=SUCCESSES.voeg_toe, exact=True).click()
    assert page.locator(".gk-successes__date").all_inner_texts() == [british(day)]
    pdf = print_pdf(page, tmp_path / "successes.pdf")
    assert f"{WORDS.algemeen.afgedrukt} {british(browser_today(page))}" in pdf_text(pdf)
    assert "November 25, 2025" not in pdf_text(pdf)


# --- The preparation form on paper -----------------------------------------------------

PT = 72  # pdftoppm -r 72: one pixel a point, as in pdftotext -bbox


def dark_rows(pdf: Path, page: int, tmp_path: Path) -> list[int]:
    """The rows of a page (in points from the top) that are mostly black: the ruled lines."""
    out = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(PT), "-f", str(page), "-l", str(page), pdf, out],
        check=True,
    )
    data = next(tmp_path.glob("page*.pgm")).read_bytes()
    head = re.match(rb"P5\s+(\d+)\s+(\d+)\s+\d+\s", data)
    width, height = int(head[1]), int(head[2])
    pixels = data[head.end() :]
    rows = [pixels[y * width : (y + 1) * width] for y in range(height)]
    for file in tmp_path.glob("page*.pgm"):
        file.unlink()
    return [y for y, row in enumerate(rows) if sum(x < 128 for x in row) > width / 2]


def words_by_page(pdf: Path) -> list[list[tuple[float, str]]]:
    """Per page, the bottom (in points) and the text of each word."""
    out = subprocess.run(
        ["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [(float(bottom), word) for bottom, word in re.findall(r'yMax="([\d.]+)">([^<]*)<', page)]
        for page in out.split("<page ")[1:]
    ]


def pages_ending_in_a_label(pdf: Path, tmp_path: Path) -> list[str]:
    """Pages (all but the last) whose last words have no ruled line below them: a label or
    its help, with the lines to write on parted from it on the next page."""
    parted = []
    pages = words_by_page(pdf)
    for number, words in enumerate(pages[:-1], start=1):
        footer = max(bottom for bottom, _ in words)  # the page number ("1 of 2") is lowest
        last, word = max(w for w in words if w[0] < footer - 2)
        if not [y for y in dark_rows(pdf, number, tmp_path) if last < y < footer - 9]:
            parted.append(f"page {number} ends with '{word}'")
    return parted


@pytest.mark.parametrize("mode", ["menu", "blank"])
def test_the_preparation_form_prints_on_two_pages_in_each_language(context, tmp_path, lang, mode):
    """Printed from the browser's menu (no mode, so the whole page) or as a blank form, the
    preparation form is one sheet printed on both sides, in English as in Dutch; no label
    ends a page without a line to write on."""
    context.add_init_script(STUB_PRINT)
    page = context.new_page()
    page.goto(page_address("sjablonen/voorbereidingsformulier.md", lang))
    wait_ready(page)
    if mode == "blank":
        words = read_data(Interface, ROOT / "data" / "ui.yml", Edition(lang, ROOT / "data"))
        page.get_by_role("button", name=words.formulier.leeg, exact=True).click()
    else:
        page.evaluate("dispatchEvent(new Event('beforeprint'))")
    pdf = print_pdf(page, tmp_path / f"{lang}-{mode}.pdf")
    assert_a4(pdf, 2)
    assert int(pdf_info(pdf)["Pages"]) == 2
    assert pages_ending_in_a_label(pdf, tmp_path) == []
