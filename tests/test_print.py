"""Printing on A4: every template blank and filled in, read back from the PDF.

A reader clicks a print button (window.print is stubbed, so the print mode stays set),
Chromium prints to PDF with the print styles, and pdfinfo/pdftotext say what is on paper.
"""

from __future__ import annotations

import datetime
import itertools
import re
import subprocess
from pathlib import Path

import pytest
from browser_helpers import STUB_PRINT, VERSION, axe_violations, wait_ready
from playwright.sync_api import expect

from macros.loader import Edition, load, load_interface, read_data
from macros.models import FieldType, Interface, Template

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
DATA = load(ROOT / "data", ROOT / "docs")
TEMPLATES = list(DATA.templates.values())
# The labels of the two print buttons under each form.
FORM = load_interface(ROOT / "data" / "ui.yml").formulier
ANSWERS, BLANK = FORM.met_antwoorden, FORM.leeg

# Pages a printout of each template may take: (blank, filled with the seed answers).
PAGE_BUDGETS = {
    # Blank, the preparation form fits on one sheet printed on both sides.
    "voorbereidingsformulier": (2, 4),
    "oefenvragen": (2, 3),
    "smart-doelen": (2, 4),
    "gespreksverslag": (2, 3),
    "feedback-leidinggevende-formulier": (2, 2),
}
DEFAULT_BUDGET = (3, 5)

# Everything on screen that is not content: it must never reach the paper.
SCREEN_ONLY = (
    ".md-header, .md-tabs, .md-sidebar, .md-footer, .md-search, .md-top, .md-skip, "
    "button, .gk-noprint, [class*='gk-notice'], [class*='gk-tools'], [class*='gk-progress']"
)
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december"
MONTHS_EN = "January February March April May June July August September October November December"
MM = 96 / 25.4  # CSS pixels per millimetre
PAPER_WIDTH = round((210 - 2 * 15) * MM)  # A4 less the side margins of @page in print.css


# --- Finding things -------------------------------------------------------------


def page_with(site_dir: Path, marker: str, prefer: str = "") -> str:
    """URL (relative to the site) of a built page whose HTML contains marker."""
    # The Dutch pages: the button labels below are Dutch (the English edition is under en/).
    dutch = [p for p in site_dir.rglob("index.html") if p.relative_to(site_dir).parts[0] != "en"]
    pages = sorted(dutch, key=lambda p: (prefer not in str(p), str(p)))
    for path in pages:
        if marker in path.read_text(encoding="utf-8"):
            return path.parent.relative_to(site_dir).as_posix().removeprefix(".") + "/"
    pytest.fail(f"no built page contains {marker}")


def template_page(site_dir: Path, template: Template) -> str:
    return page_with(site_dir, f'data-template="{template.id}"', prefer=template.id).lstrip("/")


def open_template(page, site_dir: Path, template: Template) -> None:
    page.goto(template_page(site_dir, template))
    # Saved answers are restored by a module loaded on demand; wait until it has run.
    wait_ready(page)


def form(page, template: Template):
    return page.locator(f'.gk-form[data-template="{template.id}"]')


# --- Seed answers ---------------------------------------------------------------


def long_lines(field_id: str, count: int) -> str:
    return "\n".join(f"Regel {n} van {field_id}: zo ging het." for n in range(1, count + 1))


def seed_answers(template: Template) -> dict[str, tuple[str, str]]:
    """Control id -> (what the reader types, what the paper should say).

    The first long field gets 25 lines; every value is unique, so a test can tell
    which field a line on paper came from.
    """
    answers: dict[str, tuple[str, str]] = {}
    days = itertools.count(1)
    first_long = next((f.id for f in template.fields if f.soort is FieldType.lang), None)

    def answer(kind: FieldType, value_id: str, lines: int) -> tuple[str, str]:
        if kind is FieldType.datum:
            day = next(days)
            return f"2025-03-{day:02d}", f"{day} maart 2025"
        value = long_lines(value_id, lines) if kind is FieldType.lang else f"Antwoord {value_id}"
        return value, value

    for field in template.fields:
        base = f"gk-{template.id}--{field.id}"
        if field.soort is FieldType.lijst:
            kind = FieldType.lang if field.regels > 1 else FieldType.kort
            for n in range(1, (field.aantal or 0) + 1):
                answers[f"{base}--{n}"] = answer(kind, f"{field.id}-{n}", 2)
        elif field.soort is FieldType.tabel:
            for n in range(1, (field.aantal or 0) + 1):
                for column in field.kolommen or []:
                    # Short, so a narrow column does not wrap it.
                    value_id = f"{n}{column.id[:6]}{field.id[:6]}"
                    answers[f"{base}--{n}--{column.id}"] = answer(column.soort, value_id, 1)
        else:
            lines = 25 if field.id == first_long else 4
            answers[base] = answer(field.soort, field.id, lines)
    return answers


def fill(page, answers: dict[str, tuple[str, str]]) -> None:
    for control_id, (typed, _) in answers.items():
        page.locator(f"#{control_id}").fill(typed)


# --- Printing and reading back -------------------------------------------------------


def click_print(page, template: Template, button: str) -> None:
    form(page, template).get_by_role("button", name=button, exact=True).click()


def print_pdf(page, path: Path) -> Path:
    page.emulate_media(media="print")
    page.pdf(path=str(path), format="A4", prefer_css_page_size=True, print_background=False)
    page.emulate_media(media="screen")
    return path


def after_print(page) -> None:
    page.evaluate("dispatchEvent(new Event('afterprint'))")


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


PAGE_NUMBER = re.compile(r"^(\d+) (?:van|of) (\d+)$")  # Dutch and English pages


def pdf_lines(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [line.strip() for line in out.replace("\f", "\n").splitlines()]


def pdf_text(path: Path) -> str:
    """The text on paper with all white space collapsed, so wrapped lines still match, and
    without the page numbers, so an answer that runs on to the next page still reads whole."""
    lines = [line for line in pdf_lines(path) if not PAGE_NUMBER.match(line)]
    return " ".join(" ".join(lines).split())


def page_numbers(path: Path) -> list[str]:
    return [line for line in pdf_lines(path) if PAGE_NUMBER.match(line)]


def collapse(text: str) -> str:
    return " ".join(text.split())


def assert_a4(path: Path, budget: int) -> None:
    info = pdf_info(path)
    width, height = (float(n) for n in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert "A4" in info["Page size"] and abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5
    pages = int(info["Pages"])
    assert 1 <= pages <= budget, f"{path.name}: {pages} pages, budget {budget}"


def has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(collapse(phrase))}(?!\w)", text) is not None


def screen_only_texts(page) -> list[str]:
    """Visible texts of navigation, search, footer, buttons and notices on screen."""
    texts = page.locator(SCREEN_ONLY).evaluate_all(
        "els => els.flatMap(el => (el.innerText || '').split('\\n'))"
    )
    return sorted({t.strip() for t in texts if len(t.strip()) > 2})


def printable_text(page, selector: str) -> str:
    """Text of the content in selector as it should print: without screen-only parts."""
    return collapse(
        page.locator(selector).evaluate(
            """(root, hidden) => {
                 const copy = root.cloneNode(true);
                 copy.querySelectorAll(hidden).forEach(el => el.remove());
                 const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
                 const parts = [];
                 while (walker.nextNode()) parts.push(walker.currentNode.data);
                 return parts.join(" ");
               }""",
            SCREEN_ONLY,
        )
    )


def assert_no_screen_only_text(text: str, chrome: list[str], allowed: str) -> None:
    leaked = [t for t in chrome if not has_phrase(allowed, t) and has_phrase(text, t)]
    assert not leaked, f"screen-only text on paper: {leaked}"


def today_in_dutch(page) -> str:
    """Today by the browser's clock, as the page prints it."""
    today = datetime.date.fromisoformat(page.evaluate("new Date().toLocaleDateString('sv-SE')"))
    return f"{today.day} {MONTHS.split()[today.month - 1]} {today.year}"


def printed_on(page) -> str:
    """The stamp on paper in the page's language, with today by the browser's clock."""
    lang = page.evaluate("document.documentElement.lang")
    if lang == "nl":
        return f"Afgedrukt op {today_in_dutch(page)}"
    today = datetime.date.fromisoformat(page.evaluate("new Date().toLocaleDateString('sv-SE')"))
    words = read_data(Interface, ROOT / "data" / "ui.yml", Edition(lang, ROOT / "data"))
    month = MONTHS_EN.split()[today.month - 1]  # British: "16 March 2027" (ui.yml taalcode)
    return f"{words.algemeen.afgedrukt} {today.day} {month} {today.year}"


def page_title(page) -> str:
    return collapse(page.locator("h1").inner_text().replace("¶", ""))


def labels(template: Template) -> list[str]:
    found = [template.titel, *(s.titel for s in template.secties)]
    for field in template.fields:
        found.append(field.label)
        found += [column.label for column in field.kolommen or []]
    return found


# --- Tests ----------------------------------------------------------------------


@pytest.fixture
def print_page(context):
    context.add_init_script(STUB_PRINT)
    return context.new_page()


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_filled_template_prints_every_answer_in_full(print_page, site_dir, tmp_path, template):
    page = print_page
    open_template(page, site_dir, template)
    answers = seed_answers(template)
    fill(page, answers)
    chrome = screen_only_texts(page)

    click_print(page, template, ANSWERS)
    assert page.evaluate("window.__printed") == 1
    pdf = print_pdf(page, tmp_path / "ingevuld.pdf")

    assert_a4(pdf, PAGE_BUDGETS.get(template.id, DEFAULT_BUDGET)[1])
    text = pdf_text(pdf)
    for label in labels(template):
        assert collapse(label) in text, f"label missing on paper: {label}"
    for _, printed in answers.values():
        for line in printed.splitlines():
            assert collapse(line) in text, f"answer line missing on paper: {line}"
    assert f"Afgedrukt op {today_in_dutch(page)}" in text
    allowed = printable_text(page, f'.gk-form[data-template="{template.id}"]')
    assert_no_screen_only_text(text, chrome, allowed)
    # The filling-in help belongs on the blank form, not beside the answers.
    for help_text in [template.intro, *(f.uitleg for f in template.fields if f.uitleg)]:
        assert collapse(help_text) not in text, f"filling-in help on a filled printout: {help_text}"
    # Nothing is saved in the other tools: a view of them says nothing, not "nothing yet";
    # one with writing space (`regels`) prints its title over the lines instead.
    for view in (f.toon for f in template.fields if f.toon):
        for words in (view.leeg, *([] if view.regels else [view.titel])):
            assert not has_phrase(text, words), f"an empty saved view on paper: {words}"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_blank_print_leaves_the_answers_alone(print_page, site_dir, tmp_path, template):
    page = print_page
    open_template(page, site_dir, template)
    answers = seed_answers(template)
    fill(page, answers)
    chrome = screen_only_texts(page)

    click_print(page, template, BLANK)
    pdf = print_pdf(page, tmp_path / "leeg.pdf")
    assert_a4(pdf, PAGE_BUDGETS.get(template.id, DEFAULT_BUDGET)[0])
    text = pdf_text(pdf)
    for label in labels(template):
        assert collapse(label) in text, f"label missing on paper: {label}"
    for _, printed in answers.values():
        assert collapse(printed.splitlines()[0]) not in text, "a blank printout shows an answer"
    for field in template.fields:
        assert not field.uitleg or collapse(field.uitleg) in text, f"help missing: {field.uitleg}"
    allowed = printable_text(page, f'.gk-form[data-template="{template.id}"]')
    assert_no_screen_only_text(text, chrome, allowed)

    after_print(page)
    assert page.evaluate("document.documentElement.dataset.gkPrint") is None
    for control_id, (typed, _) in answers.items():
        assert page.locator(f"#{control_id}").input_value() == typed


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_empty_fields_print_ruled_space_sized_from_data(print_page, site_dir, template):
    page = print_page
    open_template(page, site_dir, template)
    page.set_viewport_size({"width": PAPER_WIDTH, "height": 1000})
    page.emulate_media(media="print")
    for field in template.fields:
        for control in form(page, template).locator(f'[data-field="{field.id}"]').all():
            control_id = control.get_attribute("id")
            assert not control.is_visible(), f"{control_id}: the control itself prints"
            lines = page.locator(f'[data-answer-for="{control_id}"] + .gk-print-lines')
            box = lines.bounding_box()
            assert box is not None, f"{control_id}: no writing space on paper"
            # Less a pixel: layout rounds each line to 1/64 px.
            room = field.regels * 6.5 * MM - 1
            assert box["height"] >= room, f"{control_id}: too little room"
            assert box["width"] >= 25 * MM, f"{control_id}: too narrow to write in"
    # What a field shows with `regels` (nothing saved here): room to write it by hand.
    shown = [f for f in template.fields if f.toon and f.toon.regels]
    papers = form(page, template).locator("[data-saved-view] + .gk-saved__paper .gk-print-lines")
    assert papers.count() == len(shown)
    for field, paper in zip(shown, papers.all(), strict=True):
        box = paper.bounding_box()
        assert box is not None, f"{field.id}: no room to write what it shows by hand"
        assert box["height"] >= field.toon.regels * 6.5 * MM - 1, f"{field.id}: too little room"
    for table in form(page, template).locator(".gk-field__table").all():
        border = table.locator("td").first.evaluate("td => getComputedStyle(td).borderTopStyle")
        assert border == "solid", "tables print without a grid"
        fits = table.evaluate("t => t.getBoundingClientRect().right <= innerWidth")
        assert fits, "a table is wider than the paper"


def test_the_smart_goal_prints_saved_or_with_lines_to_write_it(print_page, site_dir, tmp_path):
    """The blank printout has each goal's title and lines to write it; the printout with the
    answers shows a saved goal instead of the lines, and lines where no goal is saved."""
    page = print_page
    template = DATA.templates["smart-doelen"]
    views = [f.toon for f in template.fields if f.toon]
    assert [view.nummer for view in views] == [1, 2] and all(view.regels for view in views)
    title = views[0].titel
    assert {view.titel for view in views} == {title}
    open_template(page, site_dir, template)
    page.evaluate(
        """([version, goal]) => localStorage.setItem("gespreksklaar:state", JSON.stringify(
             { version, checklists: {}, templates: {}, tools: { smart: { goals: [goal] } } }))""",
        [VERSION, {"id": "a", "specific": "Excel leren", "timeBound": "2027-07-01"}],
    )
    page.reload()
    wait_ready(page)
    papers = form(page, template).locator(".gk-saved__paper")
    goal = "Voor 1 juli 2027 wil ik Excel leren."

    # Seen on paper (print media) before the PDF: going back to the screen ends the print.
    click_print(page, template, BLANK)
    page.emulate_media(media="print")
    for n in range(2):
        expect(papers.nth(n)).to_be_visible()
        expect(papers.nth(n).locator(".gk-print-lines > span")).to_have_count(views[n].regels)
    pdf = print_pdf(page, tmp_path / "leeg.pdf")
    assert pdf_lines(pdf).count(title) == 2  # each goal's title, on a line of its own
    assert "Excel" not in pdf_text(pdf)
    after_print(page)

    click_print(page, template, ANSWERS)
    page.emulate_media(media="print")
    expect(papers.nth(0)).to_be_hidden()  # goal 1 is saved: it prints, not lines
    expect(papers.nth(1)).to_be_visible()  # goal 2 is not: lines to write it
    pdf = print_pdf(page, tmp_path / "ingevuld.pdf")
    text = pdf_text(pdf)
    assert has_phrase(text, goal) and not has_phrase(text, views[1].leeg)
    assert pdf_lines(pdf).count(title) == 2  # over the saved goal 1 and goal 2's lines


def test_every_printout_has_a_header_with_meeting_and_names(print_page, site_dir, tmp_path):
    """The planner's date and time and the names from the preparation form head another
    form's printout, and every page is numbered '1 van N'."""
    page = print_page
    names = DATA.templates["voorbereidingsformulier"]
    open_template(page, site_dir, names)
    page.locator("#gk-voorbereidingsformulier--naam").fill("Sanne de Vries")
    page.locator("#gk-voorbereidingsformulier--leidinggevende").fill("Joost Bakker")
    form(page, names).get_by_text("Opgeslagen op dit apparaat").wait_for()
    page.evaluate(
        """() => { const key = "gespreksklaar:state";
             const state = JSON.parse(localStorage.getItem(key));
             state.tools = { planner: { date: "2027-01-15", time: "14:30" } };
             localStorage.setItem(key, JSON.stringify(state)); }"""
    )
    report = DATA.templates["gespreksverslag"]
    open_template(page, site_dir, report)
    click_print(page, report, ANSWERS)
    pdf = print_pdf(page, tmp_path / "verslag.pdf")
    header = "Gesprek 15 januari 2027 Tijd 14:30 Naam Sanne de Vries Leidinggevende Joost Bakker"
    assert header in pdf_text(pdf)
    pages = int(pdf_info(pdf)["Pages"])
    assert page_numbers(pdf) == [f"{number} van {pages}" for number in range(1, pages + 1)]


def test_a_header_without_meeting_or_names_prints_no_empty_labels(print_page, site_dir, tmp_path):
    page = print_page
    template = DATA.templates["oefenvragen"]
    open_template(page, site_dir, template)
    click_print(page, template, BLANK)
    text = pdf_text(print_pdf(page, tmp_path / "leeg.pdf"))
    assert not re.search(r"(?<!\w)(Gesprek|Tijd|Leidinggevende)(?!\w)", text)


def test_the_browser_print_menu_prints_the_whole_page(print_page, site_dir, tmp_path):
    """Ctrl+P: no mode, so the page prints as it is, checklists ticked and answers in full."""
    page = print_page
    url = page_with(site_dir, 'data-checklist="', prefer="voorbereiden").lstrip("/")
    page.goto(url)
    wait_ready(page)
    boxes = page.locator(".gk-checklist input[type=checkbox]").all()
    for box in boxes[::2]:
        box.check()
    chrome = screen_only_texts(page)
    answer = None
    if page.locator(".gk-form textarea").count():
        answer = long_lines("pagina", 25)
        page.locator(".gk-form textarea").first.fill(answer)

    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    pdf = print_pdf(page, tmp_path / "pagina.pdf")
    text = pdf_text(pdf)
    assert page_title(page) in text
    for label in page.locator(".gk-checklist label").all_inner_texts():
        assert collapse(label) in text
    # Every box prints as a box; a ticked one carries a tick mark, so ticks can be counted.
    assert text.count("✓") == len(boxes[::2])
    for line in (answer or "").splitlines():
        assert line in text
    assert_no_screen_only_text(text, chrome, printable_text(page, ".md-content__inner"))
    after_print(page)


@pytest.mark.slow
def test_every_page_prints_its_content_without_navigation(page, site_dir, tmp_path):
    for path in sorted(site_dir.rglob("index.html")):
        url = path.parent.relative_to(site_dir).as_posix().removeprefix(".")
        page.goto(f"{url}/".lstrip("/"))
        wait_ready(page)
        chrome = screen_only_texts(page)
        # Today before and after printing: a sweep that runs past midnight stamps either.
        before = printed_on(page)
        pdf = print_pdf(page, tmp_path / "pagina.pdf")
        assert_a4(pdf, 12)
        text = pdf_text(pdf)
        assert page_title(page) in text, url
        assert before in text or printed_on(page) in text, url
        # Page numbers in the page's language (a named page in print.css for English).
        of = {"nl": "van", "en": "of"}[page.evaluate("document.documentElement.lang")]
        assert any(re.fullmatch(rf"1 {of} \d+", line) for line in pdf_lines(pdf)), url
        # A link to another site prints its address (print.js); one to this site does not.
        origin = page.evaluate("location.origin")
        assert origin not in text, f"{url}: a link to this site prints its address"
        for href in page.locator(".md-content a.gk-link-elsewhere").evaluate_all(
            "links => links.map((link) => link.href)"
        ):
            # pdftotext may break a long address over two lines.
            assert href in "".join(text.split()), f"{url}: {href} prints no address"
        assert_no_screen_only_text(text, chrome, printable_text(page, ".md-content__inner"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_template_page_with_print_tools_has_no_axe_violations(page, site_dir, template, scheme):
    page.emulate_media(color_scheme=scheme)
    open_template(page, site_dir, template)
    assert form(page, template).get_by_role("button", name=BLANK).is_visible()
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_saved_answers_print_after_a_reload(print_page, site_dir, tmp_path, template):
    page = print_page
    open_template(page, site_dir, template)
    answers = seed_answers(template)
    fill(page, answers)
    page.reload()
    wait_ready(page)

    click_print(page, template, ANSWERS)
    text = pdf_text(print_pdf(page, tmp_path / "bewaard.pdf"))
    for _, printed in answers.values():
        for line in printed.splitlines():
            assert collapse(line) in text, f"saved answer missing on paper: {line}"
