"""JSON Schemas of the data files, generated from the models, and the shapes of what the
tools save, generated from macros/tools_registry.py (browser/js/tools.json).

Editors read the schemas through the `# yaml-language-server: $schema=...` line at the top
of each data file; browser/js/format.js imports the shapes. Regenerate after changing
macros/models.py or macros/tools_registry.py:

    .venv/bin/python -m macros.schema
"""

import json
from pathlib import Path

from pydantic import BaseModel

from macros.models import (
    Card,
    Checklist,
    Comparison,
    ConversationTypes,
    FeedbackWords,
    Interface,
    MyDataText,
    Plan,
    Points,
    QuestionList,
    SmartTool,
    SuccessesTool,
    TaskList,
    Template,
)
from macros.tools_registry import LOADER_FILE, SHAPES_FILE, loader_text, shapes_text

SCHEMAS: dict[str, type[BaseModel]] = {
    "checklist": Checklist,
    "template": Template,
    "vragen": QuestionList,
    "vergelijking": Comparison,
    "planner": Plan,
    "feedback-woorden": FeedbackWords,
    "ui": Interface,
    "taken": TaskList,
    "bespreekpunten": Points,
    "gesprekskaart": Card,
    "smart": SmartTool,
    "successen": SuccessesTool,
    "mijn-gegevens": MyDataText,
    "gesprekken": ConversationTypes,
}
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"


def schema_text(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    for name, model in SCHEMAS.items():
        (SCHEMA_DIR / f"{name}.schema.json").write_text(schema_text(model), encoding="utf-8")
    SHAPES_FILE.write_text(shapes_text(), encoding="utf-8")
    LOADER_FILE.write_text(loader_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
