"""The one list of the tools that save in the reader's `tools` section.

It feeds the manifest (the import's checks and the summaries on Mijn gegevens, which
browser/js/data-tools.js reads), the fields the task list may point at (loader.py) and
the parts the gesprekskaart may read. The words for each tool (its title, its summary)
are in data/mijn-gegevens.yml under `hulpmiddelen`, which must name exactly these tools.
The shapes of what each saves are checked in browser/js/format.js (TOOLS).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Tool:
    # The fields of tools.<id> in the saved state.
    fields: tuple[str, ...]
    # How Mijn gegevens sums it up: the length of a list field ("count"), the fields with
    # an answer ("filled"), a date field ("date"), or the name of a chosen value ("name").
    summary: Literal["count", "filled", "date", "name"]
    # The field the summary reads (for "count", "date" and "name").
    summary_field: str = ""


TOOLS: dict[str, Tool] = {
    "planner": Tool(("date", "time"), "date", "date"),
    "smart": Tool(("goals",), "count", "goals"),
    "successes": Tool(("entries",), "count", "entries"),
    "bespreekpunten": Tool(("items",), "count", "items"),
    "gesprekskaart": Tool(("naam", "met"), "filled"),
    # The kind of meeting the reader chose (data/gesprekken.yml, macros/render_types.py).
    "gesprek": Tool(("soort",), "name", "soort"),
}
