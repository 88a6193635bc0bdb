"""Plan je voorbereiding: a date gives every step its day, also across a change to or from
summer time, and the calendar file holds one valid RFC 5545 event per step."""

from __future__ import annotations

import calendar
import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from browser_helpers import axe_violations
from conftest import PageWatch
from playwright.sync_api import expect
from tools_helpers import (
    STUB_PRINT,
    dutch_date,
    open_tool,
    printed,
    reload_tool,
    saved,
    start_from_intro,
    tab_to,
    type_date,
)

from macros.loader import load_plan
from macros.render_checklist import page_url

pytestmark = pytest.mark.browser

ZONE = "Europe/Amsterdam"


def today() -> datetime.date:
    """Today where the browser in these tests lives (from 23:00 UTC it is a day ahead)."""
    return datetime.datetime.now(ZoneInfo(ZONE)).date()


ROOT = Path(__file__).resolve().parent.parent
PLAN = load_plan(ROOT / "data" / "planner.yml")
URL = "plannen/"
MESSAGE = "#gk-plan-message"


@pytest.fixture
def page(browser, base_url):
    """A page in Amsterdam's time zone, where summer time starts and ends; it must stay
    free of errors and off-site requests like every test page."""
    context = browser.new_context(base_url=base_url, locale="nl-NL", timezone_id=ZONE)
    watch = PageWatch(base_url)
    context.on("page", watch.attach)
    context.add_init_script(STUB_PRINT)
    yield context.new_page()
    context.close()
    assert watch.errors == [] and watch.offsite == []


def last_sunday(year: int, month: int) -> datetime.date:
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    return last - datetime.timedelta(days=(last.weekday() - 6) % 7)


def meeting_after_clock_change(month: int) -> datetime.date:
    """Two days after the next change of the clocks (last Sunday of March or October) that
    lies far enough ahead for every step before the meeting to lie ahead too."""
    soon = today() + datetime.timedelta(days=15)
    change = last_sunday(soon.year, month)
    change = change if change >= soon else last_sunday(soon.year + 1, month)
    return change + datetime.timedelta(days=2)


def add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def step_day(meeting: datetime.date, step) -> datetime.date:
    return (
        add_months(meeting, step.maanden)
        if step.maanden
        else meeting + datetime.timedelta(step.dagen)
    )


def make_plan(page, day: datetime.date | str, time: str = "") -> None:
    page.fill("#gk-plan-date", str(day))
    page.fill("#gk-plan-time", time)
    page.get_by_role("button", name="Maak mijn planning").click()


def step_date(page, step):
    return page.locator(f'[data-step="{step.id}"] [data-step-date]')


@pytest.mark.parametrize(("month", "time"), [(3, "10:00"), (10, "")], ids=["maart", "oktober"])
def test_timeline_and_calendar_file_have_the_right_days(page, month, time):
    meeting = meeting_after_clock_change(month)
    first = step_day(meeting, PLAN.stappen[0])
    assert first < last_sunday(meeting.year, month) < meeting  # the steps cross the change
    open_tool(page, URL)
    make_plan(page, meeting, time)
    expect(page.locator(MESSAGE)).to_have_text("Klaar. Hieronder zie je bij elke stap de dag.")
    for step in PLAN.stappen:
        expected = dutch_date(step_day(meeting, step), weekday=True)
        if step.dagen == 0 and step.maanden == 0 and time:
            expected += f" om {time}"
        expect(step_date(page, step)).to_have_text(expected)

    with page.expect_download() as download:
        page.get_by_role("button", name="Zet in mijn agenda").click()
    assert download.value.suggested_filename == f"gesprek-{meeting}.ics"
    raw = Path(download.value.path()).read_bytes()

    # RFC 5545, 3.1: CRLF line ends; lines of at most 75 octets, folded with a space,
    # never inside a character.
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines), "a long line should be folded"
    for line in lines:
        line.decode("utf-8")

    parsed = icalendar.Calendar.from_ical(raw)
    assert parsed["VERSION"] == "2.0"
    assert "Gespreksklaar" in str(parsed["PRODID"])
    events = parsed.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == [step.titel for step in PLAN.stappen]
    assert len({str(event["UID"]) for event in events}) == len(events)
    for event, step in zip(events, PLAN.stappen, strict=True):
        day = step_day(meeting, step)
        start = event.decoded("DTSTART")
        assert isinstance(event.decoded("DTSTAMP"), datetime.datetime)
        if step.dagen == 0 and step.maanden == 0 and time:
            # Floating local time: ten o'clock on the day, wherever the reader is.
            assert start == datetime.datetime.combine(day, datetime.time(10, 0))
            assert start.tzinfo is None
            assert event.decoded("DURATION") == datetime.timedelta(hours=1)
        else:
            assert type(start) is datetime.date and start == day, step.id
            assert event.decoded("DTEND") == day + datetime.timedelta(days=1)
        description = str(event["DESCRIPTION"])
        assert step.tekst in description and step.linktekst in description
        assert str(event["URL"]).endswith(page_url(step.link))


def test_no_date_or_a_past_date_gets_a_message_and_loses_nothing(page):
    open_tool(page, URL)
    page.get_by_role("button", name="Maak mijn planning").click()
    message = page.locator(MESSAGE)
    expect(message).to_have_text("Let op: Vul de datum van je gesprek in: dag, maand en jaar.")
    date = page.locator("#gk-plan-date")
    expect(date).to_have_attribute("aria-invalid", "true")
    expect(date).to_be_focused()
    expect(page.get_by_role("button", name="Zet in mijn agenda")).to_be_hidden()
    assert (saved(page) or {}).get("tools", {}).get("planner") is None

    later = today() + datetime.timedelta(days=40)
    make_plan(page, later)
    expect(message).to_contain_text("Klaar.")
    before = saved(page)["tools"]["planner"]
    assert before == {"date": later.isoformat()}

    past = today() - datetime.timedelta(days=3)
    make_plan(page, past)
    expect(message).to_have_text(
        "Let op: Deze datum is al voorbij. Vul de datum van je volgende gesprek in."
    )
    expect(date).to_have_value(past.isoformat())  # what was typed stays
    assert saved(page)["tools"]["planner"] == before
    reload_tool(page)
    expect(date).to_have_value(later.isoformat())
    expect(step_date(page, PLAN.stappen[-1])).to_contain_text(
        dutch_date(step_day(later, PLAN.stappen[-1]))
    )


def test_steps_already_past_are_marked_and_left_out_of_the_calendar(page):
    open_tool(page, URL)
    soon = today() + datetime.timedelta(days=4)
    make_plan(page, soon)
    past = [step for step in PLAN.stappen if step_day(soon, step) < today()]
    assert past, "the first steps lie more than four days before the meeting"
    for step in past:
        expect(step_date(page, step)).to_contain_text("(voorbij)")
    with page.expect_download() as download:
        page.get_by_role("button", name="Zet in mijn agenda").click()
    events = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes()).walk("VEVENT")
    assert len(events) == len(PLAN.stappen) - len(past)
    expect(page.locator("[data-plan-calendar] .gk-tool__message")).to_contain_text(
        f"{len(past)} stappen zijn al voorbij" if len(past) > 1 else "1 stap is al voorbij"
    )


def test_keyboard_only(page):
    meeting = today() + datetime.timedelta(days=30)
    open_tool(page, URL)
    start_from_intro(page)
    tab_to(page, "#gk-plan-date")
    type_date(page, meeting.isoformat())
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(MESSAGE)).to_contain_text("Klaar.")
    tab_to(page, '[data-action="ics"]')
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == f"gesprek-{meeting}.ics"
    tab_to(page, '[data-action="print"]')
    page.keyboard.press("Space")
    assert page.evaluate("window.__printed") == 1


def test_prints_the_timeline_with_its_days_on_a4(page, tmp_path):
    meeting = today() + datetime.timedelta(days=30)
    open_tool(page, URL)
    make_plan(page, meeting, "14:30")
    text = printed(page, tmp_path, "planner", 3)
    for step in PLAN.stappen:
        assert step.titel in text
        assert dutch_date(step_day(meeting, step), weekday=True) in text
    assert "om 14:30" in text
    for screen_only in ("Datum van je gesprek", "Maak mijn planning", "Druk af"):
        assert screen_only not in text
    assert text.count("Zet in mijn agenda") == 1  # the intro names the button; no button


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations(page, scheme):
    page.emulate_media(color_scheme=scheme)
    open_tool(page, URL)
    page.get_by_role("button", name="Maak mijn planning").click()
    expect(page.locator(MESSAGE)).to_contain_text("Let op")
    assert axe_violations(page) == []
    make_plan(page, today() + datetime.timedelta(days=5), "09:00")
    expect(page.locator(MESSAGE)).to_contain_text("Klaar")
    assert axe_violations(page) == []
