"""Plan je voorbereiding: a date gives every step its day, also across a change to or from
summer time, and the calendar file holds one valid RFC 5545 event per step."""

from __future__ import annotations

import calendar
import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from browser_helpers import (
    PAGE_LANG,
    STUB_PRINT,
    axe_violations,
    browser_today,
    open_page,
    page_date,
    printed,
    reload,
    saved,
    seed,
    start_from_intro,
    tab_to,
    texts,
    type_date,
)
from conftest import SCHEMES, PageWatch, page_address
from playwright.sync_api import expect

from macros.loader import load_plan
from macros.render_checklist import page_url

pytestmark = pytest.mark.browser

ZONE = "Europe/Amsterdam"


def today() -> datetime.date:
    """Today where the browser in these tests lives (from 23:00 UTC it is a day ahead)."""
    return datetime.datetime.now(ZoneInfo(ZONE)).date()


SOURCE = "plannen.md"
MESSAGE = "#gk-plan-message"
DATE_ERROR = "#gk-plan-date-error"


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
    """The step's day when there is time enough: never a Saturday or Sunday (a step before
    the meeting moves to the Friday before it, one after to the Monday after)."""
    if not step.maanden and not step.dagen:
        return meeting
    day = (
        add_months(meeting, step.maanden)
        if step.maanden
        else meeting + datetime.timedelta(step.dagen)
    )
    while day.weekday() >= 5:
        day += datetime.timedelta(-1 if step.dagen < 0 else 1)
    return day


def plan_of(page):
    """The planner's steps and texts in the language of the page."""
    return texts(page.evaluate(PAGE_LANG), load_plan, "planner.yml")


def read_calendar(page) -> list:
    with page.expect_download() as download:
        page.locator('[data-action="ics"]').click()
    return icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes()).walk("VEVENT")


def make_plan(page, day: datetime.date | str, time: str = "") -> None:
    page.fill("#gk-plan-date", str(day))
    page.fill("#gk-plan-time", time)
    page.locator("[data-gk-module=planner] button[type=submit]").click()


def step_date(page, step):
    return page.locator(f'[data-step="{step.id}"] [data-step-date]')


@pytest.mark.parametrize(("month", "time"), [(3, "10:00"), (10, "")], ids=["maart", "oktober"])
def test_timeline_and_calendar_file_have_the_right_days(page, month, time, lang):
    open_page(page, page_address(SOURCE, lang))
    meeting = meeting_after_clock_change(month)
    first = step_day(meeting, plan_of(page).stappen[0])
    assert first < last_sunday(meeting.year, month) < meeting  # the steps cross the change
    make_plan(page, meeting, time)
    said = plan_of(page).teksten.meldingen
    expect(page.locator(MESSAGE)).to_have_text(said.klaar)
    for step in plan_of(page).stappen:
        expected = page_date(page, step_day(meeting, step), weekday=True)
        if step.dagen == 0 and step.maanden == 0 and time:
            expected += f" {said.om.format(tijd=time)}"
        expect(step_date(page, step)).to_have_text(expected)

    with page.expect_download() as download:
        page.locator('[data-action="ics"]').click()
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
    assert [str(event["SUMMARY"]) for event in events] == [
        step.titel for step in plan_of(page).stappen
    ]
    assert len({str(event["UID"]) for event in events}) == len(events)
    for event, step in zip(events, plan_of(page).stappen, strict=True):
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
        # A reminder at eight in the morning of the step's day.
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) == step.titel
        at = datetime.datetime.combine(day, datetime.time()) + alarm.decoded("TRIGGER")
        if step.dagen == 0 and step.maanden == 0 and time:
            at = start + alarm.decoded("TRIGGER")
        assert at == datetime.datetime.combine(day, datetime.time(8, 0)), step.id


def test_no_date_or_a_past_date_gets_a_message_and_loses_nothing(page, lang):
    open_page(page, page_address(SOURCE, lang))
    page.locator("[data-gk-module=planner] button[type=submit]").click()
    message = page.locator(MESSAGE)
    error = page.locator(DATE_ERROR)
    said = plan_of(page).teksten.meldingen
    expect(error).to_have_text(said.datumfout)
    date = page.locator("#gk-plan-date")
    expect(date).to_have_attribute("aria-invalid", "true")
    expect(date).to_be_focused()
    expect(page.locator('[data-action="ics"]')).to_be_hidden()
    assert (saved(page) or {}).get("tools", {}).get("planner") is None

    later = today() + datetime.timedelta(days=40)
    make_plan(page, later)
    expect(message).to_have_text(said.klaar)
    before = saved(page)["tools"]["planner"]
    assert before == {"date": later.isoformat()}

    past = today() - datetime.timedelta(days=3)
    make_plan(page, past)
    expect(error).to_have_text(said.datum_voorbij)
    expect(message).to_have_text("")
    expect(date).to_have_value(past.isoformat())  # what was typed stays
    assert saved(page)["tools"]["planner"] == before
    reload(page)
    expect(date).to_have_value(later.isoformat())
    expect(step_date(page, plan_of(page).stappen[-1])).to_contain_text(
        page_date(page, step_day(later, plan_of(page).stappen[-1]))
    )


@pytest.mark.parametrize("away", [3, 5, 30])
def test_every_step_on_a_weekday_and_none_dropped(page, away, lang):
    """With less time than the plan needs, the first steps move into the days left, in
    order; every step is in the calendar file, none on a Saturday or Sunday."""
    open_page(page, page_address(SOURCE, lang))
    now = browser_today(page)
    meeting = now + datetime.timedelta(days=away)
    make_plan(page, meeting)
    expect(page.locator(MESSAGE)).to_have_text(plan_of(page).teksten.meldingen.klaar)
    squeezed = step_day(meeting, plan_of(page).stappen[0]) < now
    assert squeezed == (away < 14)
    summary = page.locator("[data-plan-summary]")
    if squeezed:
        expect(summary).to_contain_text(plan_of(page).teksten.meldingen.ingekort)
    else:
        expect(summary).not_to_contain_text(plan_of(page).teksten.meldingen.ingekort)
    expect(page.locator(".gk-timeline__step--past")).to_have_count(0)

    events = read_calendar(page)
    assert [str(event["SUMMARY"]) for event in events] == [
        step.titel for step in plan_of(page).stappen
    ]
    days = [event.decoded("DTSTART") for event in events]
    for step, day, event in zip(plan_of(page).stappen, days, events, strict=True):
        expect(step_date(page, step)).to_have_text(page_date(page, day, weekday=True))
        if step.dagen or step.maanden:
            assert day.weekday() < 5, f"{step.id} on {day}"
        else:
            assert day == meeting
        assert len(event.walk("VALARM")) == 1, step.id
    assert days == sorted(days) and days[0] >= now
    if not squeezed:
        assert days == [step_day(meeting, step) for step in plan_of(page).stappen]


def test_calendar_button_right_below_the_confirmation(page, lang):
    open_page(page, page_address(SOURCE, lang))
    make_plan(page, browser_today(page) + datetime.timedelta(days=20))
    expect(page.locator(f"{MESSAGE} + [data-plan-calendar]")).to_be_visible()
    expect(page.locator("[data-plan-calendar] .gk-planner__reminder")).to_have_text(
        plan_of(page).teksten.herinnering
    )


def test_a_typed_time_is_checked_before_it_is_stored(page, lang):
    """Where <input type=time> is a text box, '9.30' is stored as 09:30; a time that is
    none gets a message next to the field and nothing is stored."""
    open_page(page, page_address(SOURCE, lang))
    page.locator("#gk-plan-time").evaluate("input => (input.type = 'text')")  # the fallback
    meeting = browser_today(page) + datetime.timedelta(days=20)
    make_plan(page, meeting, "half tien")
    error = page.locator("#gk-plan-time-error")
    expect(error).to_have_text(plan_of(page).teksten.meldingen.tijdfout)
    expect(page.locator("#gk-plan-time")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#gk-plan-time")).to_be_focused()
    assert (saved(page) or {}).get("tools", {}).get("planner") is None
    assert axe_violations(page) == []

    make_plan(page, meeting, "9.30")
    expect(page.locator(MESSAGE)).to_have_text(plan_of(page).teksten.meldingen.klaar)
    expect(error).to_have_text("")
    assert saved(page)["tools"]["planner"] == {"date": meeting.isoformat(), "time": "09:30"}
    reload(page)  # the stored state is valid: nothing is set aside
    expect(page.locator("#gk-plan-time")).to_have_value("09:30")
    assert page.evaluate("localStorage.getItem('gespreksklaar:corrupt')") is None


def test_a_field_error_waits_for_the_reader_and_goes_when_fixed(page, lang):
    """The GOV.UK pattern: nothing is wrong before the reader tries; then the error sits
    next to its field, which names it, and it goes as soon as the field is right."""
    open_page(page, page_address(SOURCE, lang))
    date, time = page.locator("#gk-plan-date"), page.locator("#gk-plan-time")
    date_error, time_error = page.locator(DATE_ERROR), page.locator("#gk-plan-time-error")
    time.evaluate("input => (input.type = 'text')")  # where the browser has no time picker
    for field, error in ((date, date_error), (time, time_error)):
        expect(error).to_be_empty()
        expect(error).to_be_hidden()
        expect(field).not_to_have_attribute("aria-invalid", "true")
        assert error.get_attribute("id") in field.get_attribute("aria-describedby").split()
        # Right next to its field: in the same field group, above the control.
        assert error.evaluate(
            "(e, f) => e.parentElement === f.parentElement", field.element_handle()
        )
    time.fill("half tien")
    expect(time_error).to_be_empty()  # typing is not trying: no error yet

    page.locator("[data-gk-module=planner] button[type=submit]").click()
    expect(date_error).to_have_text(plan_of(page).teksten.meldingen.datumfout)
    expect(time_error).to_have_text(plan_of(page).teksten.meldingen.tijdfout)
    expect(date).to_have_attribute("aria-invalid", "true")
    expect(time).to_have_attribute("aria-invalid", "true")
    expect(date_error).to_have_class("gk-field__error")
    expect(page.locator(".gk-error-summary")).to_be_focused()  # two problems: the summary
    assert axe_violations(page) == []

    date.fill((browser_today(page) + datetime.timedelta(days=20)).isoformat())
    expect(date_error).to_be_empty()  # fixed: gone before the next try
    expect(date).not_to_have_attribute("aria-invalid", "true")
    expect(time_error).not_to_be_empty()  # still wrong, still said
    time.fill("half")
    expect(time_error).to_have_text(plan_of(page).teksten.meldingen.tijdfout)
    time.fill("9.30")
    expect(time_error).to_be_empty()
    expect(time).not_to_have_attribute("aria-invalid", "true")
    assert (saved(page) or {}).get("tools", {}).get("planner") is None  # not until asked


def test_several_problems_get_a_summary_that_links_to_each_field(page, lang):
    """GOV.UK's error summary: when a try finds more than one problem, a list at the top of
    the form takes the focus and links to each field; each line goes when its field is right."""
    open_page(page, page_address(SOURCE, lang))
    date, time = page.locator("#gk-plan-date"), page.locator("#gk-plan-time")
    time.evaluate("input => (input.type = 'text')")  # where the browser has no time picker
    summary = page.locator(".gk-error-summary")
    links = summary.get_by_role("link")
    expect(summary).to_be_hidden()
    time.fill("half tien")
    page.locator("[data-gk-module=planner] button[type=submit]").click()
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text(texts(lang).fouten.kop)
    expect(links).to_have_count(2)
    assert [link.get_attribute("href") for link in links.all()] == [
        "#gk-plan-date",
        "#gk-plan-time",
    ]
    expect(links).to_have_text(
        [page.locator(DATE_ERROR).inner_text(), plan_of(page).teksten.meldingen.tijdfout]
    )
    assert axe_violations(page) == []

    links.nth(1).click()
    expect(time).to_be_focused()
    links.nth(0).focus()
    page.keyboard.press("Enter")
    expect(date).to_be_focused()

    date.fill((browser_today(page) + datetime.timedelta(days=20)).isoformat())
    expect(links).to_have_text(
        [plan_of(page).teksten.meldingen.tijdfout]
    )  # fixed: its line goes at once
    time.fill("9.30")
    expect(summary).to_be_hidden()

    # One problem: no summary, the focus goes to the field itself.
    time.fill("half")
    page.locator("[data-gk-module=planner] button[type=submit]").click()
    expect(time).to_be_focused()
    expect(summary).to_be_hidden()


def test_a_date_whose_steps_pass_the_year_9999_is_refused(page, lang):
    open_page(page, page_address(SOURCE, lang))
    make_plan(page, "9999-12-01")
    expect(page.locator(DATE_ERROR)).to_have_text(plan_of(page).teksten.meldingen.verweg)
    expect(page.locator('[data-action="ics"]')).to_be_hidden()
    assert (saved(page) or {}).get("tools", {}).get("planner") is None
    # Saved by an older release that did not refuse it: the page shows the meeting and
    # no broken dates (the page fixture fails on any error in the browser).
    seed(
        page,
        {
            "version": 2,
            "checklists": {},
            "templates": {},
            "tools": {"planner": {"date": "9999-12-01"}},
        },
    )
    expect(page.locator("[data-plan-summary]")).to_contain_text("9999")
    for step in plan_of(page).stappen:
        expect(step_date(page, step)).to_have_text("")
    open_page(page, page_address("index.md", lang))
    expect(page.locator("[data-countdown]")).to_be_hidden()


def test_keyboard_only(page, lang):
    meeting = today() + datetime.timedelta(days=30)
    open_page(page, page_address(SOURCE, lang))
    start_from_intro(page)
    tab_to(page, "#gk-plan-date")
    type_date(page, meeting.isoformat())
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(MESSAGE)).to_have_text(plan_of(page).teksten.meldingen.klaar)
    tab_to(page, '[data-action="ics"]')
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == f"gesprek-{meeting}.ics"
    tab_to(page, '[data-action="print"]')
    page.keyboard.press("Space")
    assert page.evaluate("window.__printed") == 1


def test_prints_the_timeline_with_its_days_on_a4(page, tmp_path, lang):
    meeting = today() + datetime.timedelta(days=30)
    open_page(page, page_address(SOURCE, lang))
    make_plan(page, meeting, "14:30")
    text = printed(page, tmp_path, "planner", 3)
    for step in plan_of(page).stappen:
        assert step.titel in text
        assert page_date(page, step_day(meeting, step), weekday=True) in text
    said = plan_of(page).teksten
    assert said.meldingen.om.format(tijd="14:30") in text
    for screen_only in (said.datum, said.maak, said.afdrukken):
        assert screen_only not in text
    assert text.count(said.agenda) == 1  # the intro names the button; no button


@SCHEMES
def test_no_axe_violations(page, scheme, lang):
    page.emulate_media(color_scheme=scheme)
    open_page(page, page_address(SOURCE, lang))
    page.locator("[data-gk-module=planner] button[type=submit]").click()
    expect(page.locator(DATE_ERROR)).to_have_text(plan_of(page).teksten.meldingen.datumfout)
    assert axe_violations(page) == []
    make_plan(page, today() + datetime.timedelta(days=5), "09:00")
    expect(page.locator(MESSAGE)).to_have_text(plan_of(page).teksten.meldingen.klaar)
    assert axe_violations(page) == []
