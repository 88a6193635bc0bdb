"""Labels for the cells of the guide's Markdown tables, so that a phone shows each row as a
card with every cell named (browser/css/site.css), as the comparison table does.

Python-Markdown writes a Markdown table as a plain `<table>` with the column names in
`<thead>`; the macros never see it. So after the build each data cell gets its column's
name in a label that only the phone's CSS shows. It is aria-hidden: a screen reader takes
the column from the table itself, which keeps its semantics.
"""

from __future__ import annotations

import re
from pathlib import Path

TABLE = re.compile(r"<table>(.*?)</table>", re.S)  # Markdown's: no attributes
HEADER = re.compile(r"<th[^>]*>(.*?)</th>", re.S)
ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
CELL = re.compile(r"<td([^>]*)>")
TAG = re.compile(r"<[^>]+>")


def label_cells(html: str) -> str:
    """The page with a label in front of each data cell of each plain table."""

    def table(match: re.Match[str]) -> str:
        head, end, body = match.group(1).partition("</thead>")
        if not end:
            return match.group(0)
        names = [" ".join(TAG.sub("", name).split()) for name in HEADER.findall(head)]

        def row(found: re.Match[str]) -> str:
            if 'class="gk-table__label"' in found.group(1):
                return found.group(0)  # labelled by an earlier language's pass
            columns = iter(names)
            cells = CELL.sub(
                lambda cell: (
                    f'<td{cell.group(1)}><span class="gk-table__label" '
                    f'aria-hidden="true">{next(columns, "")}</span> '
                ),
                found.group(1),
            )
            return f"<tr>{cells}</tr>"

        return f"<table>{head}{end}{ROW.sub(row, body)}</table>"

    return TABLE.sub(table, html)


def label_table_cells(site_dir: Path) -> None:
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        labelled = label_cells(html)
        if labelled != html:
            page.write_text(labelled, encoding="utf-8")
