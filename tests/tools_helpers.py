"""Helpers for the browser tests of the tools (tests/test_tools_*.py)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from test_print import assert_a4, pdf_text, print_pdf

KEY = "gespreksklaar:state"
MONTHS = [
    *("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"),
    *("september", "oktober", "november", "december"),
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
STUB_PRINT = "window.print = () => { window.__printed = (window.__printed || 0) + 1 }"
NO_CLIPBOARD = "Object.defineProperty(navigator, 'clipboard', { value: undefined })"


def open_tool(page, url: str) -> None:
    """Opens a tool's page and waits until its module (loaded on demand) has set it up."""
    page.goto(url)
    page.locator('[data-ready="true"]').wait_for(state="attached")


def open_tool_to_print(context, url: str):
    """A new page on a tool, with window.print stubbed (STUB_PRINT counts the calls)."""
    context.add_init_script(STUB_PRINT)
    page = context.new_page()
    open_tool(page, url)
    return page


def reload_tool(page) -> None:
    page.reload()
    page.locator('[data-ready="true"]').wait_for(state="attached")


def saved(page) -> dict | None:
    return page.evaluate(f"JSON.parse(localStorage.getItem('{KEY}'))")


def wait_until_saved(page, condition: str) -> None:
    """Waits until `condition`, a JavaScript expression on `state`, holds for what is stored
    (typing is saved after a pause)."""
    page.wait_for_function(
        f"() => {{ const state = JSON.parse(localStorage.getItem('{KEY}')); "
        f"return !!state && !!({condition}); }}"
    )


def browser_today(page) -> datetime.date:
    """Today by the browser's own clock, now (never the host's, never at import time)."""
    return datetime.date.fromisoformat(page.evaluate("new Date().toLocaleDateString('sv-SE')"))


def dutch_date(day: datetime.date, weekday: bool = False) -> str:
    """As a Dutch reader writes it: '16 maart 2027' or 'dinsdag 16 maart 2027'."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def type_date(page, iso: str) -> None:
    """Types a date into the focused date input, with the keyboard only.

    The order of the day and month parts follows the browser's own language, so a first
    date tells which it is; then the cursor goes back to the first part.
    """
    page.keyboard.type("01022000")
    month_first = page.evaluate("document.activeElement.value") == "2000-01-02"
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    year, month, day = iso.split("-")
    page.keyboard.type(f"{month}{day}{year}" if month_first else f"{day}{month}{year}")
    assert page.evaluate("document.activeElement.value") == iso


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Presses Tab until the focus is on an element matching `selector`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => !!document.activeElement?.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def start_from_intro(page) -> None:
    """Puts the keyboard focus on the last link of the page's intro, before the tool."""
    page.locator(".md-content__inner > p a", has_text="Mijn gegevens").focus()


def printed(page, tmp_path: Path, name: str, pages: int) -> str:
    """Prints the page to an A4 PDF with Chromium and gives back the text on paper."""
    path = print_pdf(page, tmp_path / f"{name}.pdf")
    assert_a4(path, pages)
    return pdf_text(path)


def seed(page, state: dict) -> None:
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(state)])
