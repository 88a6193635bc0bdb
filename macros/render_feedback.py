"""Feedback aan je leidinggevende (browser/js/feedback-builder.js): four parts, the
message they make and the words it points out (data/feedback-woorden.yml)."""

from __future__ import annotations

import json
from pathlib import Path

from macros.html import all_messages, esc, heading
from macros.loader import DataError
from macros.models import FeedbackWords, Template
from macros.render_tool_parts import button, button_row, field, message, noscript
from macros.tools_registry import module_attr

# The four parts, in this order: the fields of the template the builder writes into.
FEEDBACK_PARTS = ("situatie", "effect", "wens", "positief")


def words_element(words: FeedbackWords) -> str:
    """The word list as JSON in a hidden element's attribute, escaped like the manifest
    (not a <script>: see macros/manifest.py)."""
    entries = [{"forms": word.vormen, "tip": word.tip} for word in words.woorden]
    text = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'<div id="gk-feedback-words" hidden data-words="{esc(text)}"></div>'


def check_template(words: FeedbackWords, templates: dict[str, Template], path: Path) -> None:
    """The builder writes the parts into the fields of its template: they must be there."""
    place = f"{path}: {FeedbackWords.naam} → veld 'sjabloon': '{words.sjabloon}'"
    found = templates.get(words.sjabloon)
    if found is None:
        raise DataError(f"{place} bestaat niet in data/templates/")
    fields = {field.id for field in found.fields}
    for part in [part for part in FEEDBACK_PARTS if part not in fields]:
        raise DataError(f"{place} heeft geen veld '{part}'")


def render_feedback_builder(words: FeedbackWords, no_script: str, level: int = 2) -> str:
    texts = words.teksten
    parts = "".join(
        field(
            f"gk-feedback-{part}",
            getattr(texts, part).label,
            getattr(texts, part).uitleg,
            f'<textarea rows="3" data-part="{part}"',
            described=f" gk-feedback-{part}-flags",
            after=f'<div class="gk-flags" id="gk-feedback-{part}-flags" aria-live="polite"></div>',
        )
        for part in FEEDBACK_PARTS
    )
    listed = "".join(
        f"<li><strong>{esc(', '.join(word.vormen))}</strong>: {esc(word.tip)}</li>"
        for word in words.woorden
    )
    return (
        f'<div class="gk-tool gk-feedback" data-template="{words.sjabloon}"'
        f"{module_attr('feedback')}{all_messages(words.meldingen)}>{noscript(no_script)}"
        f'<div class="gk-tool__form gk-noprint gk-needs-js">{parts}</div>'
        + heading(level, "je-bericht", texts.bericht, "gk-tool__heading")
        + f'<div class="gk-composed" data-composed><p>{esc(texts.leeg)}</p></div>'
        # Hidden until there is a message to copy or print (feedback-builder.js).
        + button_row(
            button(texts.kopieer, 'data-action="copy"'),
            button(texts.afdrukken, 'data-action="print"'),
            classes="gk-noprint",
            extra=" hidden",
        )
        + message()
        + heading(level, "woorden", texts.woorden_kop, "gk-tool__heading")
        + f"<p>{esc(texts.woorden_uitleg)}</p>"
        f'<ul class="gk-feedback__words">{listed}</ul>{words_element(words)}</div>'
    )
