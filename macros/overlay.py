"""Another language's data: data/<lang>/<path> merged over data/<path>.

The other file holds only what a reader sees in that language: every field typed `Text` in
macros/models.py, each language's own word lists (`OwnList`) and the `id`s that match
entries. Links, kinds, numbers and other ids come from the Dutch file alone, so the editions
cannot drift apart. Which field is which comes from the models, not from a list here.
Every gap stops the build and names file, entry and field: a Dutch text left on an English
page would be read out with the wrong language (WCAG 3.1.1).
"""

from __future__ import annotations

import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from macros.models import OwnList, Translated

_MISSING = object()


def _kind(annotation: Any, metadata: list[Any] = ()) -> tuple[str, Any]:
    """('text' | 'own' | 'model' | 'list' | 'dict' | 'other', detail) for one field type."""
    if get_origin(annotation) in (Union, types.UnionType):
        kept = [arg for arg in get_args(annotation) if arg is not type(None)]
        annotation = kept[0] if len(kept) == 1 else annotation
    if get_origin(annotation) is Annotated:
        base, *extra = get_args(annotation)
        return _kind(base, [*metadata, *extra])
    if any(isinstance(mark, Translated) for mark in metadata):
        return "text", None
    if any(isinstance(mark, OwnList) for mark in metadata):
        return "own", None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        # A block of ids and links only (a task's signals) has nothing to translate.
        return ("model", annotation) if _has_text(annotation) else ("other", None)
    # A list or dict of ids, links or numbers is not text either.
    if get_origin(annotation) is list and (item := _kind(get_args(annotation)[0]))[0] != "other":
        return "list", item
    if get_origin(annotation) is dict and (item := _kind(get_args(annotation)[1]))[0] != "other":
        return "dict", item
    return "other", None


def _has_text(model: type[BaseModel]) -> bool:
    return any(
        _kind(info.annotation, info.metadata)[0] != "other" for info in model.model_fields.values()
    )


def _at(place: list[str], field: str = "") -> str:
    parts = [*place, f"veld '{field}'"] if field else place
    return " → ".join(parts) or "het bestand"


class _Merge:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, place: list[str], field: str, message: str) -> None:
        self.problems.append(f"{_at(place, field)}: {message}")

    def alike(
        self, kind: type, dutch: Any, other: Any, place: list[str], field: str, called: str
    ) -> bool:
        """Whether both values are a `kind` (called so in the message) and can be merged.
        A wrong Dutch value is left to the Dutch file's own check; a wrong other one is
        reported here."""
        if not isinstance(dutch, kind):
            return False
        if not isinstance(other, kind):
            self.problem(place, field, f"moet {called} zijn, zoals in het Nederlandse bestand")
            return False
        return True

    def model(self, model: type[BaseModel], dutch: Any, other: Any, place: list[str]) -> Any:
        if not self.alike(dict, dutch, other, place, "", "een blok met velden"):
            return dutch
        for key in other:
            if key not in model.model_fields:
                self.problem(place, str(key), "onbekend veld (tikfout?)")
            elif key not in dutch:
                self.problem(place, str(key), "staat niet in het Nederlandse bestand")
        merged = dict(dutch)
        for name, info in model.model_fields.items():
            if name not in dutch or dutch[name] is None:
                continue
            value = other.get(name, _MISSING)
            if name == "id":
                if value is not _MISSING and value != dutch[name]:
                    self.problem(place, name, f"moet '{dutch[name]}' zijn, zoals in het Nederlands")
                continue
            merged[name] = self.value(
                _kind(info.annotation, info.metadata), dutch[name], value, place, name
            )
        return merged

    def value(
        self, kind: tuple[str, Any], dutch: Any, other: Any, place: list[str], name: str
    ) -> Any:
        what, detail = kind
        if what == "other":
            if other is not _MISSING:
                self.problem(
                    place,
                    name,
                    "is geen tekst: laat dit veld weg, het komt uit het Nederlandse bestand",
                )
            return dutch
        if other is _MISSING:
            missing = "het blok ontbreekt" if what == "model" else "de Engelse tekst ontbreekt"
            self.problem(place, name, missing)
            return dutch
        if what == "text":
            if not isinstance(other, str):
                self.problem(place, name, f"moet tekst zijn, niet {other!r}")
                return dutch
            return other
        if what == "own":
            return other  # the model checks its form
        if what == "model":
            return self.model(detail, dutch, other, [*place, name])
        if what == "list":
            return self.list(detail, dutch, other, place, name)
        return self.dict(detail, dutch, other, place, name)

    def list(
        self, item: tuple[str, Any], dutch: Any, other: Any, place: list[str], name: str
    ) -> Any:
        if not self.alike(list, dutch, other, place, name, "een lijst"):
            return dutch
        what, model = item
        if what == "model" and "id" in model.model_fields:
            by_id = {entry.get("id"): entry for entry in other if isinstance(entry, dict)}
            ids = [entry.get("id") for entry in dutch if isinstance(entry, dict)]
            for entry in other:
                entry_id = entry.get("id") if isinstance(entry, dict) else None
                if entry_id not in ids:
                    self.problem(
                        [*place, f"{name} '{entry_id}'"],
                        "",
                        "staat niet in het Nederlandse bestand",
                    )
            merged = []
            for entry in dutch:
                entry_id = entry.get("id") if isinstance(entry, dict) else None
                step = [*place, f"{name} '{entry_id}'"]
                if entry_id not in by_id:
                    self.problem(step, "", "ontbreekt in het Engelse bestand")
                    merged.append(entry)
                else:
                    merged.append(self.model(model, entry, by_id[entry_id], step))
            return merged
        if len(other) != len(dutch):
            self.problem(
                place,
                name,
                f"moet {len(dutch)} onderdelen hebben, zoals in het "
                f"Nederlandse bestand (nu {len(other)})",
            )
            return dutch
        return [
            self.model(model, one, two, [*place, f"{name} nr. {n}"])
            if what == "model"
            else self.value(item, one, two, place, f"{name} nr. {n}")
            for n, (one, two) in enumerate(zip(dutch, other, strict=True), 1)
        ]

    def dict(
        self, item: tuple[str, Any], dutch: Any, other: Any, place: list[str], name: str
    ) -> Any:
        if not self.alike(dict, dutch, other, place, name, "een blok"):
            return dutch
        for key in other.keys() - dutch.keys():
            self.problem([*place, name], str(key), "staat niet in het Nederlandse bestand")
        return {
            key: self.value(item, value, other.get(key, _MISSING), [*place, name], str(key))
            for key, value in dutch.items()
        }


def merge(
    model: type[BaseModel], dutch: dict[str, Any], other: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """The Dutch data with the other language's text in it, and every problem found
    (each as 'entry → veld 'x': what is wrong')."""
    merging = _Merge()
    merged = merging.model(model, dutch, other, [])
    return merged, merging.problems
