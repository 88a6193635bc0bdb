"""The site's languages: which one a build pass makes, where its pages go, and the rule that
every page exists in every language.

mkdocs-static-i18n builds the default language (Dutch, at /) and then each other language
(at /<lang>/) in a pass of its own, and mkdocs-macros calls define_env at the start of each
pass. So the language comes from the build, never from the page being rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from macros.loader import DEFAULT_LANGUAGE, DataError


def prefix(lang: str) -> str:
    """Where a language's pages go, relative to the site's root: '' or 'en/'."""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


@dataclass(frozen=True)
class Languages:
    current: str
    all: tuple[str, ...]
    names: tuple[str, ...]  # each language's name in itself, for the language switch

    @property
    def prefix(self) -> str:
        return prefix(self.current)

    def others(self) -> list[dict[str, str]]:
        """The other languages, for the switch in the header (overrides/partials/header.html)."""
        return [
            {"code": code, "name": name, "root": prefix(code) or "./"}
            for code, name in zip(self.all, self.names, strict=True)
            if code != self.current
        ]


def build_languages(conf) -> Languages:
    """The language of this pass. A build without the plugin (Zensical) makes Dutch only."""
    plugins = conf.get("plugins") or {}
    i18n = plugins.get("i18n") if hasattr(plugins, "get") else None
    if i18n is None or not hasattr(i18n, "current_language"):
        return Languages(DEFAULT_LANGUAGE, (DEFAULT_LANGUAGE,), ("Nederlands",))
    # Before the plugin's own on_config (it runs last) the first pass has no language yet.
    current = i18n.current_language or i18n.default_language
    built = [lang for lang in i18n.config.languages if lang.build]
    return Languages(
        current, tuple(lang.locale for lang in built), tuple(lang.name for lang in built)
    )


def _locale(page: Path, languages: tuple[str, ...]) -> str:
    suffixes = page.suffixes
    return suffixes[-2][1:] if len(suffixes) > 1 and suffixes[-2][1:] in languages else ""


def check_pages(docs_dir: Path, languages: tuple[str, ...]) -> None:
    """Every page NAME.md has NAME.<lang>.md for every other language, and the reverse.

    The plugin would fill a gap with the Dutch page under lang="en" (WCAG 3.1.1), so a
    gap stops the build instead, naming each missing file.
    """
    others = [lang for lang in languages if lang != DEFAULT_LANGUAGE]
    missing = []
    for page in sorted(docs_dir.rglob("*.md")):
        lang = _locale(page, languages)
        base = page.with_name(page.name.removesuffix(f".{lang}.md") + ".md") if lang else page
        wanted = [base] if lang else [base.with_suffix(f".{other}.md") for other in others]
        missing += [
            f"{path.relative_to(docs_dir.parent)} ontbreekt (naast {page.relative_to(docs_dir)})"
            for path in wanted
            if not path.is_file()
        ]
    if missing:
        raise DataError(
            "elke pagina moet er in elke taal zijn (README, Engelse versie):\n" + "\n".join(missing)
        )
