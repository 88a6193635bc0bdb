"""Read data/ and validate it into models, or stop with a message a content editor can act on.

Every error names the file, the entry (by its id where it has one) and the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from macros.models import (
    Card,
    Checklist,
    Comparison,
    FeedbackWords,
    Plan,
    Points,
    Question,
    QuestionList,
    Template,
)

M = TypeVar("M", bound=BaseModel)


class DataError(Exception):
    """A data file is broken; the message says where and how."""


_MESSAGES = {
    "extra_forbidden": "onbekend veld (tikfout?)",
    "missing": "verplicht veld ontbreekt",
    "string_too_short": "mag niet leeg zijn",
    "string_type": "moet tekst zijn",
    "int_type": "moet een heel getal zijn",
    "int_parsing": "moet een heel getal zijn",
    "list_type": "moet een lijst zijn",
    "model_type": "moet een blok met velden zijn",
    "too_short": "moet minstens één onderdeel hebben",
    "enum": "onbekende soort",
    "literal_error": "onbekende soort",
}


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
        what = f"'{raw['id']}'" if isinstance(raw.get("id"), str) else path.stem
        lines = []
        for problem in error.errors():
            entry, field = _describe(raw, tuple(problem["loc"]))
            message = _MESSAGES.get(problem["type"], problem["msg"].removeprefix("Value error, "))
            if problem["type"] == "string_pattern_mismatch":
                message = f"ongeldige waarde {problem['input']!r}: " + (
                    "alleen kleine letters, cijfers en streepjes"
                    if field in ("id", "vraag")
                    else "alleen kleine letters, met één spatie tussen de woorden"
                    if "vormen" in problem["loc"]
                    else "verwijs naar een pagina als 'map/pagina.md', zonder anker"
                    if field == "pagina"
                    else "verwijs naar een pagina als 'map/pagina.md#anker'"
                )
            where = " → ".join(part for part in (entry, f"veld '{field}'" if field else "") if part)
            prefix = f"{path}: {model.__name__.lower()} {what}"
            lines.append(f"{prefix}: {where}: {message}" if where else f"{prefix}: {message}")
        raise DataError("\n".join(lines)) from None


@dataclass(frozen=True)
class SiteData:
    checklists: dict[str, Checklist]
    templates: dict[str, Template]
    questions: list[Question]
    sources: dict[str, Path]  # id -> the file it came from, for error messages


def _resolve_questions(template: Template, questions: dict[str, Question], path: Path) -> Template:
    """Give fields that point at a question that question as their label."""
    sections = []
    for section in template.secties:
        fields = []
        for field in section.velden:
            if field.vraag is not None:
                if field.vraag not in questions:
                    raise DataError(
                        f"{path}: template '{template.id}': {section.id} → veld '{field.id}': "
                        f"vraag '{field.vraag}' bestaat niet in data/vragen.yml"
                    )
                field = field.model_copy(update={"label": questions[field.vraag].vraag})
            fields.append(field)
        sections.append(section.model_copy(update={"velden": fields}))
    return template.model_copy(update={"secties": sections})


def load(data_dir: Path, docs_dir: Path | None = None) -> SiteData:
    """Load and check every data file. With docs_dir, also check that links point at pages."""
    questions_path = data_dir / "vragen.yml"
    questions = _validate(QuestionList, read_yaml(questions_path), questions_path).vragen
    by_question = {question.id: question for question in questions}

    sources: dict[str, Path] = {}
    checklists: dict[str, Checklist] = {}
    templates: dict[str, Template] = {}
    for kind, model, target in (
        ("checklists", Checklist, checklists),
        ("templates", Template, templates),
    ):
        for path in sorted((data_dir / kind).glob("*.yml")):
            entry = _validate(model, read_yaml(path), path)
            # Checklists and templates share one id space: both key saved state.
            if entry.id in sources:
                raise DataError(
                    f"{path}: {model.__name__.lower()} '{entry.id}': veld 'id': "
                    f"deze id staat ook in {sources[entry.id]}"
                )
            sources[entry.id] = path
            if isinstance(entry, Template):
                entry = _resolve_questions(entry, by_question, path)
            target[entry.id] = entry

    if docs_dir is not None:
        for checklist in checklists.values():
            if checklist.pagina and not (docs_dir / checklist.pagina).is_file():
                raise DataError(
                    f"{sources[checklist.id]}: checklist '{checklist.id}': veld 'pagina': "
                    f"pagina '{checklist.pagina}' bestaat niet in {docs_dir}"
                )
            for section in checklist.secties:
                for item in section.items:
                    page = item.link.split("#")[0] if item.link else None
                    if page and not (docs_dir / page).is_file():
                        raise DataError(
                            f"{sources[checklist.id]}: checklist '{checklist.id}': "
                            f"{section.id} → item '{item.id}' → veld 'link': "
                            f"pagina '{page}' bestaat niet in {docs_dir}"
                        )
    return SiteData(checklists, templates, questions, sources)


def load_comparison(path: Path) -> Comparison:
    """The comparison table (data/vergelijking.yml), checked like the other data files."""
    return _validate(Comparison, read_yaml(path), path)


def load_plan(path: Path, docs_dir: Path | None = None) -> Plan:
    """The steps of the planner (data/planner.yml); with docs_dir, links must reach a page."""
    plan = _validate(Plan, read_yaml(path), path)
    for step in plan.stappen if docs_dir is not None else []:
        page = step.link.split("#")[0]
        if not (docs_dir / page).is_file():
            raise DataError(
                f"{path}: stappen '{step.id}' → veld 'link': pagina '{page}' bestaat niet in "
                f"{docs_dir}"
            )
    return plan


def load_feedback_words(path: Path) -> FeedbackWords:
    """The words the feedback builder points out (data/feedback-woorden.yml)."""
    return _validate(FeedbackWords, read_yaml(path), path)


def load_points(path: Path) -> Points:
    """The words of Mijn bespreekpunten (data/bespreekpunten.yml)."""
    return _validate(Points, read_yaml(path), path)


def load_card(path: Path, templates: dict[str, Template], tools: Iterable[str]) -> Card:
    """The gesprekskaart (data/gesprekskaart.yml); every tool, template and field it reads
    must exist, because the browser finds them by these ids."""
    card = _validate(Card, read_yaml(path), path)
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
