"""Feedback aan je leidinggevende (browser/js/feedback-builder.js): four parts, the
message they make and the words it points out (data/feedback-woorden.yml)."""

from __future__ import annotations

import json
from pathlib import Path

from macros.html import all_messages, esc, heading
from macros.loader import DataError
from macros.models import FeedbackWords, Template
from macros.render_tool_parts import button, field, message, noscript

FEEDBACK_PARTS = (
    (
        "situatie",
        "De situatie: wat gebeurde er, en wanneer?",
        "Beschrijf wat je zag of hoorde. Bijvoorbeeld: In de laatste drie teamoverleggen "
        "kwamen we niet toe aan mijn voorstellen.",
    ),
    (
        "effect",
        "Het effect: wat betekende dat voor jou of voor het werk?",
        "Bijvoorbeeld: Daardoor wist ik niet of ik verder kon met het nieuwe rooster.",
    ),
    (
        "wens",
        "Je wens of voorstel: wat zou helpen?",
        "Bijvoorbeeld: Zou je mijn punten vooraan op de agenda willen zetten?",
    ),
    (
        "positief",
        "Iets positiefs: wat gaat er goed?",
        "Bijvoorbeeld: Ik waardeer het dat je tijd maakt als ik een vraag heb.",
    ),
)


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
    for part in [part for part, _label, _hint in FEEDBACK_PARTS if part not in fields]:
        raise DataError(f"{place} heeft geen veld '{part}'")


def render_feedback_builder(words: FeedbackWords, no_script: str, level: int = 2) -> str:
    parts = "".join(
        field(
            f"gk-feedback-{part}",
            label,
            hint,
            f'<textarea rows="3" data-part="{part}"',
            described=f" gk-feedback-{part}-flags",
            after=f'<div class="gk-flags" id="gk-feedback-{part}-flags" aria-live="polite"></div>',
        )
        for part, label, hint in FEEDBACK_PARTS
    )
    listed = "".join(
        f"<li><strong>{esc(', '.join(word.vormen))}</strong>: {esc(word.tip)}</li>"
        for word in words.woorden
    )
    return (
        f'<div class="gk-tool gk-feedback" data-gk-feedback data-template="{words.sjabloon}"'
        f"{all_messages(words.meldingen)}>{noscript(no_script)}"
        f'<div class="gk-tool__form gk-noprint gk-needs-js">{parts}</div>'
        + heading(level, "je-bericht", "Je bericht", "gk-tool__heading")
        + '<div class="gk-composed" data-composed><p>Vul de vier delen hierboven in. Dan zie '
        "je hier je bericht.</p></div>"
        # Hidden until there is a message to copy or print (feedback-builder.js).
        + '<p class="gk-tool__buttons gk-noprint" hidden>'
        + button("Kopieer het bericht", 'data-action="copy"')
        + button("Bericht afdrukken", 'data-action="print"')
        + f"</p>{message()}"
        + heading(level, "woorden", "Op welke woorden let de hulp?", "gk-tool__heading")
        + "<p>Deze woorden klinken snel als een verwijt. Gebruik je er een, dan zie je een "
        "tip. Je beslist zelf wat je ermee doet.</p>"
        f'<ul class="gk-feedback__words">{listed}</ul>{words_element(words)}</div>'
    )
