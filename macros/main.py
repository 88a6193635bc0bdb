"""Entry point for mkdocs-macros (and Zensical): the only place that talks to the build.

Imported by file path, so it uses absolute imports only.
"""

import json
from pathlib import Path
from urllib.parse import urlparse

from macros.loader import (
    DataError,
    SiteData,
    load,
    load_card,
    load_comparison,
    load_feedback_words,
    load_interface,
    load_plan,
    load_points,
    load_tasks,
)
from macros.manifest import TOOLS, build_manifest, manifest_element, site_version
from macros.material_markup import drop_toggle_autocomplete
from macros.models import Checklist, Template
from macros.offline import write_worker
from macros.overview import checklist_entries, nav_files, render_overview, template_entries
from macros.render_bespreekpunten import render_points
from macros.render_checklist import page_url, render_checklist
from macros.render_content import render_comparison, render_questions
from macros.render_form import render_form
from macros.render_gesprekskaart import render_card
from macros.render_search import SEARCH_INDEX, render_search, render_update_notice
from macros.render_tasks import render_tasks
from macros.render_tools import (
    NOSCRIPT,
    render_feedback_builder,
    render_planner,
    render_smart,
    render_successes,
)
from macros.render_types import render_choice, render_note
from macros.search_index import build_index


def _lookup(kind: str, entries: dict, wanted: str):
    # No macro knows its page (Zensical does not say which); mkdocs-macros names the file.
    if wanted not in entries:
        known = ", ".join(sorted(entries)) or "geen"
        raise DataError(f"{kind} '{wanted}' bestaat niet in data/ (wel: {known})")
    return entries[wanted]


# The project folder, found from this file: Zensical's env has no project_dir.
ROOT = Path(__file__).resolve().parent.parent


def define_env(env) -> None:
    data: SiteData = load(ROOT / "data", ROOT / env.conf.get("docs_dir", "docs"))
    env.variables["gk"] = data
    # Links to guide pages start from the site's root path (see page_url).
    site_root = urlparse(env.conf.get("site_url") or "/").path or "/"
    points = load_points(ROOT / "data" / "bespreekpunten.yml")

    @env.macro
    def checklist(checklist_id: str, level: int = 2) -> str:
        found = _lookup(Checklist.naam, data.checklists, checklist_id)
        return render_checklist(found, site_root, level, data.types)

    @env.macro
    def template(template_id: str, level: int = 2) -> str:
        found = _lookup(Template.naam, data.templates, template_id)
        return render_form(found, level, points, site_root, data.types)

    @env.macro
    def state_manifest() -> str:
        """What a reader can save, for the import on the Mijn gegevens page."""
        return manifest_element(build_manifest(data, site_version()))

    # --- Content parts: the comparison table, the expected questions, the overviews ---
    comparison = load_comparison(ROOT / "data" / "vergelijking.yml")
    nav = nav_files(env.conf["nav"])

    @env.macro
    def vergelijking() -> str:
        return render_comparison(comparison)

    @env.macro
    def verwachte_vragen(level: int = 2) -> str:
        return render_questions(data.questions, level, data.types)

    @env.macro
    def checklist_overzicht() -> str:
        return render_overview(checklist_entries(data, nav, site_root))

    @env.macro
    def sjablonen_overzicht() -> str:
        return render_overview(template_entries(data, nav, site_root))

    # --- The tools (issue 7): planner, SMART helper, feedback builder, successes log ---
    plan = load_plan(ROOT / "data" / "planner.yml", ROOT / env.conf.get("docs_dir", "docs"))
    feedback_words = load_feedback_words(ROOT / "data" / "feedback-woorden.yml")

    @env.macro
    def planner(level: int = 2) -> str:
        return render_planner(plan, site_root, level)

    @env.macro
    def smart_hulp() -> str:
        return render_smart()

    @env.macro
    def feedback_hulp(level: int = 2) -> str:
        return render_feedback_builder(feedback_words, level)

    @env.macro
    def successen(level: int = 2) -> str:
        return render_successes(level)

    # --- Mijn bespreekpunten and the gesprekskaart (issue 11) ---
    card = load_card(ROOT / "data" / "gesprekskaart.yml", data.templates, TOOLS)

    @env.macro
    def bespreekpunten(level: int = 2) -> str:
        return render_points(points, NOSCRIPT, level)

    @env.macro
    def gesprekskaart() -> str:
        return render_card(card, data.types)

    # --- The kind of meeting (issue 15): the choice and what differs per page ---

    @env.macro
    def gesprek_keuze(uitleg: bool = True) -> str:
        return render_choice(_types(), page_url(_types().keuze.link, site_root), uitleg)

    @env.macro
    def gesprek_verschil(note_id: str) -> str:
        try:
            return render_note(_types(), note_id)
        except ValueError as error:
            raise DataError(str(error)) from None

    def _types():
        if data.types is None:
            raise DataError("data/gesprekken.yml ontbreekt")
        return data.types

    # --- Search and the update notice in the header (overrides/partials/header.html) ---
    ui = load_interface(ROOT / "data" / "ui.yml")
    env.conf["extra"]["gk_search"] = render_search(ui)
    env.conf["extra"]["gk_update"] = render_update_notice(ui)
    env.variables["gk_suffixes"] = ui.zoeken.achtervoegsels

    # --- The start page's task list (issue 11) ---
    tasks = load_tasks(ROOT / "data" / "taken.yml", data, ROOT / env.conf.get("docs_dir", "docs"))

    @env.macro
    def taken(level: int = 2) -> str:
        return render_tasks(tasks, plan, site_root, level)


def on_post_build(env) -> None:
    """After the build: the search index, then the service worker that precaches it all.

    mkdocs-macros calls this; a build without it (Zensical) has neither, and the site
    works as before without search results and offline copy.
    """
    site_dir = Path(env.conf["site_dir"])
    # First, so the worker's version hashes the pages as served.
    drop_toggle_autocomplete(site_dir)
    pages = nav_files(env.conf["nav"])
    index = build_index(site_dir, pages, env.variables["gk_suffixes"])
    (site_dir / SEARCH_INDEX).write_text(
        json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    write_worker(site_dir, ROOT / "browser" / "sw.js")
