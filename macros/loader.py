"""Read data/ and validate it into models, or stop with a message a content editor can act on.

Every error names the file, the entry (by its id where it has one) and the field.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from macros.models import (
    Card,
    Checklist,
    Comparison,
    ConversationTypes,
    FeedbackWords,
    FieldType,
    Interface,
    MyDataText,
    Plan,
    Points,
    Question,
    QuestionList,
    Signal,
    SmartTool,
    SuccessesTool,
    TaskList,
    Template,
    TemplateField,
)
from macros.overlay import merge
from macros.tools_registry import TOOLS

M = TypeVar("M", bound=BaseModel)

DEFAULT_LANGUAGE = "nl"


class DataError(Exception):
    """A data file is broken; the message says where and how."""


def _pattern_message(field: str, loc: tuple[int | str, ...]) -> str:
    if field in ("id", "vraag"):
        return "alleen kleine letters, cijfers en streepjes"
    if "vormen" in loc:
        return "alleen kleine letters, met één spatie tussen de woorden"
    if field == "pagina":
        return "verwijs naar een pagina als 'map/pagina.md', zonder anker"
    return "verwijs naar een pagina als 'map/pagina.md#anker'"


# A Dutch message for every kind of pydantic error the models in models.py can give;
# {names} come from the error's context.
_MESSAGES = {
    "extra_forbidden": "onbekend veld (tikfout?)",
    "missing": "verplicht veld ontbreekt",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang: hoogstens {max_length} tekens",
    "int_type": "moet een heel getal zijn",
    "int_parsing": "moet een heel getal zijn",
    "int_from_float": "moet een heel getal zijn",
    "greater_than_equal": "moet minstens {ge} zijn",
    "less_than_equal": "mag hoogstens {le} zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn",
    "too_short": "moet minstens {min_length} onderdelen hebben",
    "dict_type": "moet een blok met velden zijn",
    "model_type": "moet een blok met velden zijn",
    "enum": "onbekende soort {input!r}: kies uit {expected}",
    "literal_error": "onbekende soort {input!r}: kies uit {expected}",
}


def _message(error: Any, field: str) -> str:
    kind, value, context = error["type"], error["input"], error.get("ctx", {})
    if kind == "value_error":  # the models' own checks, already in Dutch
        return error["msg"].removeprefix("Value error, ")
    if kind == "string_pattern_mismatch":
        return f"ongeldige waarde {value!r}: {_pattern_message(field, tuple(error['loc']))}"
    if kind == "string_type" and isinstance(value, bool | int | float):
        # YAML reads yes, 2024 or 12:30 as something other than text.
        return f"moet tekst zijn: zet {value!r} tussen aanhalingstekens als je tekst bedoelt"
    if kind == "too_short" and context.get("min_length") == 1:
        return "moet minstens één onderdeel hebben"
    if kind not in _MESSAGES:  # a kind the table does not know yet: still no English
        return f"ongeldige waarde ({kind})"
    # pydantic lists the choices in English ("'a' or 'b'") and a Literal of enum members as
    # their repr ("<FieldType.kort: 'kort'>").
    expected = re.sub(r"<\w+\.\w+: ('[^']*')>", r"\1", str(context.get("expected", "")))
    expected = expected.replace(" or ", " of ")
    return _MESSAGES[kind].format(**{**context, "expected": expected, "input": value})


def where(path: Path, model: type[BaseModel], raw_id: object = None) -> str:
    """The start of every message: the file and the entry, as 'file: checklist 'id''."""
    kind = getattr(model, "naam", "") or path.stem
    return f"{path}: {kind} '{raw_id}'" if isinstance(raw_id, str) else f"{path}: {kind}"


def location(*steps: tuple[str, str], field: str = "") -> str:
    """A place inside an entry, one style everywhere: secties 'deel' → items 'x' → veld 'y'."""
    parts = [f"{name} '{entry_id}'" for name, entry_id in steps]
    return " → ".join([*parts, f"veld '{field}'"] if field else parts)


# libyaml's parser where PyYAML has it: about ten times faster than the pure-Python one,
# which made reading data/ most of what the macros cost a build.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):
    """SafeLoader that refuses a key that appears twice in one block (PyYAML keeps the last)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    keys: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in keys:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"sleutel '{key}' staat twee keer in hetzelfde blok",
                key_node.start_mark,
            )
        keys.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path) -> dict[str, Any]:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = f" op regel {mark.line + 1}" if mark else ""
        raise DataError(f"{path}: YAML-fout{line}: {error.problem or error.context}") from error
    except yaml.YAMLError as error:
        raise DataError(f"{path}: YAML-fout: {error}") from error
    if not isinstance(raw, dict):
        raise DataError(f"{path}: het bestand moet een blok met velden zijn")
    return raw


def _describe(raw: Any, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """Turn a pydantic location into ('entry with ids', 'field') for a message."""
    # A model-level check (e.g. a table without columns) points at the entry itself.
    path, field = (loc, "") if loc and isinstance(loc[-1], int) else (loc[:-1], loc[-1:])
    entry: list[str] = []
    node = raw
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(step, int):
            label = (
                f"'{node['id']}'" if isinstance(node, dict) and "id" in node else f"nr. {step + 1}"
            )
            entry[-1] = f"{entry[-1]} {label}" if entry else label
        else:
            entry.append(str(step))
    return " → ".join(entry), str(field[0]) if field else ""


def _validate(model: type[M], raw: dict[str, Any], path: Path) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        prefix = where(path, model, raw.get("id"))
        lines = []
        for problem in error.errors():
            entry, field = _describe(raw, tuple(problem["loc"]))
            place = " → ".join(part for part in (entry, f"veld '{field}'" if field else "") if part)
            message = _message(problem, field)
            lines.append(f"{prefix}: {place}: {message}" if place else f"{prefix}: {message}")
        raise DataError("\n".join(lines)) from None


@dataclass(frozen=True)
class Edition:
    """The language a build makes. Dutch is data/ itself; another language's text lives in
    data/<lang>/ under the same path (see macros/overlay.py)."""

    lang: str
    data_dir: Path

    def text_file(self, path: Path) -> Path:
        return self.data_dir / self.lang / path.relative_to(self.data_dir)

    def orphans(self) -> list[Path]:
        """Files of this language that have no Dutch file to give their ids and links."""
        own = self.data_dir / self.lang
        return [
            path
            for path in sorted(own.rglob("*.yml"))
            if not (self.data_dir / path.relative_to(own)).is_file()
        ]


def read_data(model: type[M], path: Path, edition: Edition | None = None) -> M:
    """One data file, in the language of the edition: Dutch, or Dutch with the other
    language's text merged in. A gap in that text stops the build like any other error."""
    raw = read_yaml(path)
    if edition is None or edition.lang == DEFAULT_LANGUAGE:
        return _validate(model, raw, path)
    text_path = edition.text_file(path)
    if not text_path.is_file():
        raise DataError(
            f"{text_path}: bestand ontbreekt: de tekst van {path} moet er ook in het "
            f"'{edition.lang}' zijn (zie README, Engelse versie)"
        )
    merged, problems = merge(model, raw, read_yaml(text_path))
    if problems:
        prefix = where(text_path, model, raw.get("id"))
        raise DataError("\n".join(f"{prefix}: {problem}" for problem in problems))
    return _validate(model, merged, text_path)


@dataclass(frozen=True)
class SiteData:
    checklists: dict[str, Checklist]
    templates: dict[str, Template]
    questions: list[Question]
    sources: dict[str, Path]  # id -> the file it came from, for error messages
    types: ConversationTypes | None = None  # data/gesprekken.yml, if there is one


def _resolve_questions(template: Template, questions: dict[str, Question], path: Path) -> Template:
    """Give fields that point at a question that question as their label, and its
    gesprek tags unless the field has its own."""
    sections = []
    for section in template.secties:
        fields = []
        for field in section.velden:
            if field.vraag is not None:
                if field.vraag not in questions:
                    place = location(("secties", section.id), ("velden", field.id), field="vraag")
                    raise DataError(
                        f"{where(path, Template, template.id)}: {place}: "
                        f"vraag '{field.vraag}' bestaat niet in data/vragen.yml"
                    )
                question = questions[field.vraag]
                field = field.model_copy(
                    update={"label": question.vraag, "gesprek": field.gesprek or question.gesprek}
                )
            fields.append(field)
        sections.append(section.model_copy(update={"velden": fields}))
    return template.model_copy(update={"secties": sections})


def _check_view(
    field: TemplateField, templates: dict[str, Template], docs_dir: Path, prefix: str
) -> None:
    """A field's `toon` must link to a page and read a table that exists."""
    view = field.toon
    place = f"{prefix}: velden → {field.id} → toon"
    page = view.link.split("#")[0]
    if not (docs_dir / page).is_file():
        raise DataError(f"{place}: veld 'link': pagina '{page}' bestaat niet in {docs_dir}")
    if view.sjabloon is None:
        return
    source = templates.get(view.sjabloon)
    table = next((f for f in source.fields if f.id == view.veld), None) if source else None
    if table is None or table.soort is not FieldType.tabel:
        raise DataError(f"{place}: geen tabel '{view.veld}' in sjabloon '{view.sjabloon}'")


TYPES_FILE = "gesprekken.yml"


def load_types(path: Path, edition: Edition | None = None) -> ConversationTypes | None:
    """The kinds of meeting (data/gesprekken.yml); None where there is no such file."""
    return read_data(ConversationTypes, path, edition) if path.is_file() else None


def _check_tags(tags: list[str], known: list[str], prefix: str, place: str) -> None:
    """Every gesprek tag must name a known kind of meeting."""
    for tag in tags:
        if tag not in known:
            where_known = f"(wel: {', '.join(known)})" if known else "(er zijn er geen)"
            raise DataError(
                f"{prefix}: {place}: gesprek '{tag}' bestaat niet in data/{TYPES_FILE} "
                f"{where_known}"
            )


def _check_all_tags(data: SiteData, questions_path: Path) -> None:
    known = [kind.id for kind in data.types.soorten] if data.types else []
    for question in data.questions:
        place = location(("vragen", question.id), field="gesprek")
        _check_tags(question.gesprek, known, where(questions_path, QuestionList), place)
    # A checklist's items and a template's fields, each in their sections.
    for model, entries, parts in (
        (Checklist, data.checklists, "items"),
        (Template, data.templates, "velden"),
    ):
        for entry in entries.values():
            prefix = where(data.sources[entry.id], model, entry.id)
            for section in entry.secties:
                for part in getattr(section, parts):
                    place = location(("secties", section.id), (parts, part.id), field="gesprek")
                    _check_tags(part.gesprek, known, prefix, place)


def load(data_dir: Path, docs_dir: Path | None = None, edition: Edition | None = None) -> SiteData:
    """Load and check every data file. With docs_dir, also check that links point at pages."""
    questions_path = data_dir / "vragen.yml"
    questions = read_data(QuestionList, questions_path, edition).vragen
    by_question = {question.id: question for question in questions}

    sources: dict[str, Path] = {}
    checklists: dict[str, Checklist] = {}
    templates: dict[str, Template] = {}
    for kind, model, target in (
        ("checklists", Checklist, checklists),
        ("templates", Template, templates),
    ):
        for path in sorted((data_dir / kind).glob("*.yml")):
            entry = read_data(model, path, edition)
            # Checklists and templates share one id space: both key saved state.
            if entry.id in sources:
                raise DataError(
                    f"{where(path, model, entry.id)}: veld 'id': "
                    f"deze id staat ook in {sources[entry.id]}"
                )
            sources[entry.id] = path
            if isinstance(entry, Template):
                entry = _resolve_questions(entry, by_question, path)
            target[entry.id] = entry

    if docs_dir is not None:
        for checklist in checklists.values():
            prefix = where(sources[checklist.id], Checklist, checklist.id)
            if not (docs_dir / checklist.pagina).is_file():
                raise DataError(
                    f"{prefix}: veld 'pagina': "
                    f"pagina '{checklist.pagina}' bestaat niet in {docs_dir}"
                )
            page = checklist.volgende.link.split("#")[0] if checklist.volgende else None
            if page and not (docs_dir / page).is_file():
                raise DataError(
                    f"{prefix}: volgende → veld 'link': pagina '{page}' bestaat niet in {docs_dir}"
                )
            for section in checklist.secties:
                for item in section.items:
                    page = item.link.split("#")[0] if item.link else None
                    if page and not (docs_dir / page).is_file():
                        place = location(("secties", section.id), ("items", item.id), field="link")
                        raise DataError(
                            f"{prefix}: {place}: pagina '{page}' bestaat niet in {docs_dir}"
                        )
        for template_id, template in templates.items():
            for field in template.fields:
                if field.toon:
                    prefix = where(sources[template_id], Template, template_id)
                    _check_view(field, templates, docs_dir, prefix)
    data = SiteData(
        checklists, templates, questions, sources, load_types(data_dir / TYPES_FILE, edition)
    )
    _check_all_tags(data, questions_path)
    if data.types and docs_dir is not None:
        page = data.types.keuze.link.split("#")[0]
        if not (docs_dir / page).is_file():
            raise DataError(
                f"{where(data_dir / TYPES_FILE, ConversationTypes)}: keuze → veld 'link': "
                f"pagina '{page}' bestaat niet in {docs_dir}"
            )
    return data


def load_comparison(path: Path, edition: Edition | None = None) -> Comparison:
    """The comparison table (data/vergelijking.yml), checked like the other data files."""
    return read_data(Comparison, path, edition)


def load_plan(path: Path, docs_dir: Path | None = None, edition: Edition | None = None) -> Plan:
    """The steps of the planner (data/planner.yml); with docs_dir, links must reach a page."""
    plan = read_data(Plan, path, edition)
    for step in plan.stappen if docs_dir is not None else []:
        page = step.link.split("#")[0]
        if not (docs_dir / page).is_file():
            place = location(("stappen", step.id), field="link")
            raise DataError(
                f"{where(path, Plan)}: {place}: pagina '{page}' bestaat niet in {docs_dir}"
            )
    return plan


def load_feedback_words(path: Path, edition: Edition | None = None) -> FeedbackWords:
    """The words the feedback builder points out (data/feedback-woorden.yml)."""
    return read_data(FeedbackWords, path, edition)


def load_smart(path: Path, edition: Edition | None = None) -> SmartTool:
    """The words of Formuleer een SMART-doel (data/smart.yml)."""
    return read_data(SmartTool, path, edition)


def load_successes(path: Path, edition: Edition | None = None) -> SuccessesTool:
    """The words of Mijn successen (data/successen.yml)."""
    return read_data(SuccessesTool, path, edition)


def load_interface(path: Path, edition: Edition | None = None) -> Interface:
    """The interface text of search and the update notice (data/ui.yml)."""
    return read_data(Interface, path, edition)


# The fields each tool saves, which the task list may point at.
TOOL_FIELDS = {tool_id: tool.fields for tool_id, tool in TOOLS.items()}


def load_my_data(path: Path, edition: Edition | None = None) -> MyDataText:
    """The words of Mijn gegevens (data/mijn-gegevens.yml): one entry for each tool of
    macros/tools_registry.py, with the words its summary needs."""
    texts = read_data(MyDataText, path, edition)
    named = set(texts.hulpmiddelen)
    for tool_id in sorted(named ^ set(TOOLS)):
        why = "bestaat niet in macros/tools_registry.py" if tool_id in named else "ontbreekt"
        raise DataError(f"{where(path, MyDataText)}: hulpmiddelen '{tool_id}': {why}")
    for tool_id, tool in TOOLS.items():
        said = texts.hulpmiddelen[tool_id]
        needs = {"date": ("datum", "leeg"), "name": ()}.get(tool.summary, ("aantal",))
        for missing in [field for field in needs if getattr(said, field) is None]:
            raise DataError(
                f"{where(path, MyDataText)}: hulpmiddelen '{tool_id}' → veld '{missing}': "
                "verplicht veld ontbreekt"
            )
    return texts


def _signal_problem(signal: Signal, data: SiteData) -> str:
    """Why a signal points at nothing, or '' when it points at something saved."""
    if signal.checklist is not None:
        items = {entry.id: [item.id for item in entry.items] for entry in data.checklists.values()}
        return _missing(
            "checklist", signal.checklist, "item", signal.item, items, "in data/checklists/"
        )
    if signal.sjabloon is not None:
        fields = {entry.id: [f.id for f in entry.fields] for entry in data.templates.values()}
        return _missing(
            "sjabloon", signal.sjabloon, "veld", signal.veld, fields, "in data/templates/"
        )
    known = f"(wel: {', '.join(TOOL_FIELDS)})"
    return _missing("hulpmiddel", signal.hulpmiddel, "veld", signal.veld, TOOL_FIELDS, known)


def _missing(
    kind: str,
    name: str | None,
    part: str,
    part_name: str | None,
    parts: Mapping[str, Collection[str]],
    elsewhere: str,
) -> str:
    """Why entry `name` (a `kind`) or its `part_name` (a `part`) is not in `parts`, the part
    ids of each entry, or ''; `elsewhere` ends the message for an unknown entry."""
    if name not in parts:
        return f"{kind} '{name}' bestaat niet {elsewhere}"
    if part_name not in parts[name]:
        return f"{part} '{part_name}' bestaat niet in {kind} '{name}'"
    return ""


def load_tasks(
    path: Path, data: SiteData, docs_dir: Path | None = None, edition: Edition | None = None
) -> TaskList:
    """The start page's task list (data/taken.yml): every checklist item, template field
    and tool field it reads must exist, and with docs_dir every link must reach a page."""
    tasks = read_data(TaskList, path, edition)
    prefix = where(path, TaskList)
    for task in tasks.tasks:
        page = task.link.split("#")[0]
        if docs_dir is not None and not (docs_dir / page).is_file():
            place = location(("taken", task.id), field="link")
            raise DataError(f"{prefix}: {place}: pagina '{page}' bestaat niet in {docs_dir}")
        for kind, signals in (("bezig", task.bezig), ("klaar", task.klaar)):
            for n, signal in enumerate(signals, 1):
                if problem := _signal_problem(signal, data):
                    place = location(("taken", task.id))
                    raise DataError(f"{prefix}: {place} → {kind} nr. {n}: {problem}")
    return tasks


def load_points(path: Path, edition: Edition | None = None) -> Points:
    """The words of Mijn bespreekpunten (data/bespreekpunten.yml)."""
    return read_data(Points, path, edition)


def load_card(
    path: Path,
    templates: dict[str, Template],
    tools: Iterable[str],
    edition: Edition | None = None,
) -> Card:
    """The gesprekskaart (data/gesprekskaart.yml); every tool, template and field it reads
    must exist, because the browser finds them by these ids."""
    card = read_data(Card, path, edition)
    for section in card.secties:
        where = f"{path}: gesprekskaart: secties '{section.id}'"
        if section.hulpmiddel is not None and section.hulpmiddel not in tools:
            known = ", ".join(sorted(tools))
            raise DataError(
                f"{where} → veld 'hulpmiddel': '{section.hulpmiddel}' bestaat niet (wel: {known})"
            )
        if section.sjabloon is None:
            continue
        template = templates.get(section.sjabloon)
        if template is None:
            raise DataError(f"{where} → veld 'sjabloon': '{section.sjabloon}' bestaat niet")
        if section.veld not in [field.id for field in template.fields]:
            raise DataError(
                f"{where} → veld 'veld': '{section.veld}' staat niet in sjabloon '{template.id}'"
            )
    return card
