"""The one list of the tools: what each saves in the reader's `tools` section and which
browser module brings its page to life.

It feeds the manifest (the import's checks and the summaries on Mijn gegevens, which
browser/js/data-tools.js reads), the fields the task list may point at (loader.py), the
parts the gesprekskaart may read, the shapes the browser checks on every read
(browser/js/tools.json, read by browser/js/format.js) and the module each tool's root
names (`data-gk-module`, loaded by browser/js/main.js through browser/js/tool-modules.js);
`make schema` writes both files. The words for each tool (its title, its summary) are in
data/mijn-gegevens.yml under `hulpmiddelen`, which must name exactly the tools in TOOLS.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
MODULE_DIR = ROOT / "browser" / "js" / "tools"
SHAPES_FILE = ROOT / "browser" / "js" / "tools.json"
LOADER_FILE = ROOT / "browser" / "js" / "tool-modules.js"

# How the browser checks a saved value (KINDS in browser/js/format.js).
Kind = Literal["text", "day", "dayOrEmpty", "time", "id"]


@dataclass(frozen=True)
class Entries:
    """A list field: at most `most` entries, each an object of this shape."""

    most: int
    shape: dict[str, Kind]


@dataclass(frozen=True)
class Tool:
    # What tools.<id> holds in the saved state: field → kind, or a list of entries.
    shape: dict[str, Kind | Entries]
    # How Mijn gegevens sums it up: the length of a list field ("count"), the fields with
    # an answer ("filled"), a date field ("date"), or the name of a chosen value ("name").
    summary: Literal["count", "filled", "date", "name"]
    # The field the summary reads (for "count", "date" and "name").
    summary_field: str = ""
    # Its module in browser/js/tools/ (without .js); "" when the main bundle handles it.
    module: str = ""

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.shape)


TOOLS: dict[str, Tool] = {
    "planner": Tool({"date": "day", "time": "time"}, "date", "date", module="planner"),
    "smart": Tool(
        {
            "goals": Entries(
                10,
                {
                    "id": "id",
                    "specific": "text",
                    "measurable": "text",
                    "achievable": "text",
                    "relevant": "text",
                    "timeBound": "dayOrEmpty",
                },
            )
        },
        "count",
        "goals",
        module="smart",
    ),
    "successes": Tool(
        {"entries": Entries(1000, {"id": "id", "date": "day", "what": "text", "result": "text"})},
        "count",
        "entries",
        module="successes",
    ),
    "points": Tool(
        {"items": Entries(100, {"id": "id", "text": "text", "source": "text"})},
        "count",
        "items",
        module="points",
    ),
    "card": Tool({"name": "text", "manager": "text"}, "filled", module="card"),
    # The kind of meeting the reader chose (data/gesprekken.yml, macros/render_types.py);
    # browser/js/conversation-type.js in the main bundle reads it on every page.
    "meeting": Tool({"kind": "id"}, "name", "kind"),
}

# Tools with a module but nothing in `tools`: the feedback builder writes the fields of
# its template (one answer in one place), which the `templates` section holds.
MODULE_ONLY: dict[str, str] = {"feedback": "feedback-builder"}

MODULES: dict[str, str] = {
    tool_id: tool.module for tool_id, tool in TOOLS.items() if tool.module
} | MODULE_ONLY


class ToolModuleError(Exception):
    """A tool's root names a module that browser/js/tools/ does not have."""


def module_attr(tool_id: str, module_dir: Path = MODULE_DIR) -> str:
    """The attribute on a tool's root that tells browser/js/main.js which module to load;
    stops the build if that module does not exist."""
    module = MODULES[tool_id]
    if not (module_dir / f"{module}.js").is_file():
        raise ToolModuleError(
            f"macros/tools_registry.py: hulpmiddel '{tool_id}': module '{module}' bestaat niet "
            f"(verwacht: browser/js/tools/{module}.js)"
        )
    return f' data-gk-module="{module}"'


def shapes() -> dict[str, dict[str, object]]:
    """The shapes as browser/js/format.js reads them: field → kind, or [most, shape]."""
    return {
        tool_id: {
            field: [kind.most, kind.shape] if isinstance(kind, Entries) else kind
            for field, kind in tool.shape.items()
        }
        for tool_id, tool in TOOLS.items()
    }


def shapes_text() -> str:
    return json.dumps(shapes(), indent=2) + "\n"


def loader_text() -> str:
    """browser/js/tool-modules.js: module name → its dynamic import. Written out (not
    esbuild's glob import) so no helper chunk costs every page a request."""
    key = lambda name: name if re.fullmatch(r"[a-z]+", name) else f'"{name}"'  # noqa: E731
    lines = "".join(
        f'  {key(module)}: () => import("./tools/{module}.js"),\n'
        for module in sorted(set(MODULES.values()))
    )
    return (
        "// Written by `make schema` from macros/tools_registry.py: the module of each tool,\n"
        "// loaded where a root names it in data-gk-module (browser/js/main.js).\n"
        f"export default {{\n{lines}}};\n"
    )
