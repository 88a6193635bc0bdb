"""The English edition for a reader in the Netherlands: British dates on screen and on
paper, and the preparation form on as many sheets as the Dutch one."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from test_print import pdf_text, print_pdf
from tools_helpers import browser_today, open_tool_to_print

from macros.loader import Edition, load_successes, read_data
from macros.models import Interface

pytestmark = [pytest.mark.browser, pytest.mark.english]

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = Edition("en", ROOT / "data")
WORDS = read_data(Interface, ROOT / "data" / "ui.yml", ENGLISH)
SUCCESSES = load_successes(ROOT / "data" / "successen.yml", ENGLISH)
MONTHS = "January February March April May June July August September October November December"


def british(day: datetime.date) -> str:
    """'16 March 2027', as a reader in the Netherlands or the UK writes it."""
    return f"{day.day} {MONTHS.split()[day.month - 1]} {day.year}"


def test_an_english_tool_writes_dates_the_british_way(context, tmp_path):
    page = open_tool_to_print(context, "en/successen/")
    day = datetime.date(2025, 11, 25)
    page.fill("#gk-success-date", day.isoformat())
    page.fill("#gk-success-what", "I gave a talk to the whole team")
    page.get_by_role("button", name=SUCCESSES.voeg_toe, exact=True).click()
    assert page.locator(".gk-successes__date").all_inner_texts() == [british(day)]
    pdf = print_pdf(page, tmp_path / "successes.pdf")
    assert f"{WORDS.algemeen.afgedrukt} {british(browser_today(page))}" in pdf_text(pdf)
    assert "November 25, 2025" not in pdf_text(pdf)
