"""Render content data as parts of a page: the comparison table and the expected questions.

The questions come out as Markdown, so their headings join the page's table of contents
and get a permalink; the table is HTML. Every value from data is escaped either way.
"""

import re

from macros.html import esc
from macros.models import Comparison, ConversationTypes, Question, QuestionsText
from macros.render_types import type_attr, type_mark


def md_text(value: object) -> str:
    """Text that Markdown shows as written: every sign that could be markup becomes an entity.

    Whitespace is folded to single spaces, so a value can never start a new block.
    """
    text = " ".join(str(value).split())
    return re.sub(r"[^\w ]|_", lambda match: f"&#{ord(match.group())};", text)


def _question(
    number: int,
    question: Question,
    texts: QuestionsText,
    level: int,
    types: ConversationTypes | None,
) -> str:
    text = (
        f"{'#' * level} {number}. {md_text(question.vraag)} {{ #vraag-{question.id} }}\n\n"
        f"**{md_text(texts.waarover)}** {md_text(question.waarover)}\n\n"
        f"**{md_text(texts.aanpak)}** {md_text(question.aanpak)}"
    )
    if not question.gesprek:
        return text
    # A question for some kinds of meeting: in a block the browser can hide (md_in_html).
    return (
        f"<div markdown{type_attr(question.gesprek)}>\n\n{text}\n\n"
        f"{type_mark(question.gesprek, types, 'p')}\n\n</div>"
    )


def render_questions(
    questions: list[Question],
    texts: QuestionsText,
    level: int = 2,
    types: ConversationTypes | None = None,
) -> str:
    """Markdown for the expected questions: a numbered heading each, with what it is about
    and how to approach an answer. Heading ids are 'vraag-<id>', so links can point at one.
    With `types`, a question for some kinds of meeting names them."""
    if not 2 <= level <= 6:
        raise ValueError(f"koptekstniveau moet 2 t/m 6 zijn, niet {level}")
    return "\n\n".join(
        _question(number, question, texts, level, types)
        for number, question in enumerate(questions, start=1)
    )


def render_comparison(comparison: Comparison) -> str:
    """The comparison as a table: one column per conversation, one row per aspect.

    On a phone the site's CSS stacks each row into a block, so nothing scrolls sideways;
    current browsers keep the table semantics then (ARIA roles on the cells, which older ones
    needed, are invalid HTML). Each cell also names its column in a label that only shows
    when stacked (hidden from screen readers, which get the column from the header).
    """
    head = "".join(f'<th scope="col">{esc(column.kop)}</th>' for column in comparison.kolommen)
    rows = "".join(
        f'<tr><th scope="row">{esc(row.kop)}</th>'
        + "".join(
            f'<td><span class="gk-comparison__label" aria-hidden="true">'
            f"{esc(column.kop)}</span> {esc(row.cellen[column.id])}</td>"
            for column in comparison.kolommen
        )
        + "</tr>"
        for row in comparison.rijen
    )
    return (
        f'<table class="gk-comparison"><caption>{esc(comparison.titel)}</caption>'
        f"<thead><tr><td></td>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
