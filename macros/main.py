"""Entry point for mkdocs-macros (and Zensical): the only place that talks to the build.

Imported by file path, so it uses absolute imports only.
"""

import json
from pathlib import Path
from urllib.parse import urlparse

from macros.editions import build_languages, check_pages
from macros.loader import (
    DataError,
    Edition,
    SiteData,
    load,
    load_card,
    load_comparison,
    load_feedback_words,
    load_interface,
    load_my_data,
    load_plan,
    load_points,
    load_smart,
    load_successes,
    load_tasks,
)
from macros.manifest import build_manifest, manifest_element, site_version
from macros.material_markup import drop_toggle_autocomplete
from macros.models import Checklist, Template
from macros.offline import write_worker
from macros.overview import checklist_entries, nav_files, render_overview, template_entries
from macros.render_card import render_card
from macros.render_checklist import page_url, render_checklist
from macros.render_content import render_comparison, render_questions
from macros.render_feedback import check_template, render_feedback_builder
from macros.render_form import render_form
from macros.render_planner import render_planner
from macros.render_points import render_points
from macros.render_search import (
    SEARCH_INDEX,
    render_search,
    render_shared_text,
    render_update_notice,
)
from macros.render_smart import render_smart
from macros.render_successes import render_successes
from macros.render_tasks import render_tasks
from macros.render_tool_parts import noscript
from macros.render_types import render_choice, render_note
from macros.search_index import build_index
from macros.table_cards import label_table_cells
from macros.tools_registry import TOOLS


def _lookup(kind: str, entries: dict, wanted: str):
    # No macro knows its page (Zensical does not say which); mkdocs-macros names the file.
    if wanted not in entries:
        known = ", ".join(sorted(entries)) or "geen"
        raise DataError(f"{kind} '{wanted}' bestaat niet in data/ (wel: {known})")
    return entries[wanted]


# The project folder, found from this file: Zensical's env has no project_dir.
ROOT = Path(__file__).resolve().parent.parent
NOT_FOUND = "404.html"


def define_env(env) -> None:
    # One pass per language (macros/editions.py); each reads the data of its own language.
    languages = build_languages(env.conf)
    docs_dir = ROOT / env.conf.get("docs_dir", "docs")
    check_pages(docs_dir, languages.all)
    edition = Edition(languages.current, ROOT / "data")
    if orphans := edition.orphans():
        raise DataError(
            "\n".join(f"{path}: staat niet in data/ (geen Nederlands bestand)" for path in orphans)
        )
    env.variables["gk_languages"] = languages
    env.conf["extra"]["gk_prefix"] = languages.prefix
    env.conf["extra"]["gk_other_languages"] = languages.others()
    # Every pass writes its 404.html to the site's root; keep the Dutch one (see on_post_build).
    not_found = Path(env.conf["site_dir"]) / NOT_FOUND
    if languages.prefix and not_found.is_file():
        env.variables["gk_default_404"] = not_found.read_bytes()
    data: SiteData = load(ROOT / "data", docs_dir, edition)
    env.variables["gk"] = data
    # Links to guide pages start from the root path of this language (see page_url).
    site_root = (urlparse(env.conf.get("site_url") or "/").path or "/") + languages.prefix
    points = load_points(ROOT / "data" / "bespreekpunten.yml", edition)
    ui = load_interface(ROOT / "data" / "ui.yml", edition)
    # Dates in the page's language: an English page never gets Dutch months, or the reverse.
    if ui.taalcode.split("-")[0] != languages.current:
        raise DataError(
            f"data/{languages.prefix}ui.yml: veld 'taalcode': '{ui.taalcode}' hoort niet bij "
            f"de taal '{languages.current}'"
        )

    @env.macro
    def checklist(checklist_id: str, level: int = 2) -> str:
        found = _lookup(Checklist.naam, data.checklists, checklist_id)
        return render_checklist(found, ui.lijsten, site_root, level, data.types, more=ui.lees_meer)

    @env.macro
    def sjabloon(template_id: str, level: int = 2) -> str:
        found = _lookup(Template.naam, data.templates, template_id)
        return render_form(found, ui, level, points, site_root, data.types)

    my_data = load_my_data(ROOT / "data" / "mijn-gegevens.yml", edition)

    @env.macro
    def gegevens_manifest() -> str:
        """What a reader can save, for the import on the Mijn gegevens page."""
        return manifest_element(build_manifest(data, site_version(), my_data), my_data)

    # --- Content parts: the comparison table, the expected questions, the overviews ---
    comparison = load_comparison(ROOT / "data" / "vergelijking.yml", edition)
    nav = nav_files(env.conf["nav"])

    @env.macro
    def vergelijking() -> str:
        return render_comparison(comparison)

    @env.macro
    def verwachte_vragen(level: int = 2) -> str:
        return render_questions(data.questions, ui.vragen, level, data.types)

    @env.macro
    def checklist_overzicht() -> str:
        return render_overview(checklist_entries(data, nav, site_root), ui.lijsten)

    @env.macro
    def sjablonen_overzicht() -> str:
        return render_overview(template_entries(data, nav, site_root), ui.lijsten)

    # --- The tools (issue 7): planner, SMART helper, feedback builder, successes log ---
    no_script = ui.hulpmiddelen.geen_javascript
    plan = load_plan(ROOT / "data" / "planner.yml", docs_dir, edition)
    feedback_words = load_feedback_words(ROOT / "data" / "feedback-woorden.yml", edition)
    check_template(feedback_words, data.templates, ROOT / "data" / "feedback-woorden.yml")
    smart = load_smart(ROOT / "data" / "smart.yml", edition)
    successes = load_successes(ROOT / "data" / "successen.yml", edition)

    @env.macro
    def planner(level: int = 2) -> str:
        return render_planner(plan, no_script, site_root, level, problems=ui.fouten.kop)

    @env.macro
    def smart_hulp() -> str:
        return render_smart(smart, no_script)

    @env.macro
    def feedback_hulp(level: int = 2) -> str:
        return render_feedback_builder(feedback_words, no_script, level)

    @env.macro
    def successen(level: int = 2) -> str:
        return render_successes(successes, no_script, level, problems=ui.fouten.kop)

    # --- Mijn bespreekpunten and the gesprekskaart (issue 11) ---
    card = load_card(ROOT / "data" / "gesprekskaart.yml", data.templates, TOOLS, edition)

    @env.macro
    def bespreekpunten(level: int = 2) -> str:
        return render_points(points, noscript(no_script), level)

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

    # --- Search and the update notice in the header, the shared text in the footer ---
    env.conf["extra"]["gk_search"] = render_search(ui, languages.prefix + SEARCH_INDEX)
    env.conf["extra"]["gk_update"] = render_update_notice(ui)
    env.conf["extra"]["gk_not_found"] = ui.niet_gevonden
    # The title of the link beside each heading, in this pass's language (the pages are
    # converted after define_env, so this reaches every heading).
    env.conf["mdx_configs"].setdefault("toc", {})["permalink_title"] = ui.ankerlink
    # The note under every checklist and form links here (browser/js/remember.js).
    if not (docs_dir / "mijn-gegevens.md").is_file():
        raise DataError("docs/mijn-gegevens.md ontbreekt: de notitie onder elke lijst linkt ernaar")
    my_data_page = page_url("mijn-gegevens.md", site_root)
    env.conf["extra"]["gk_text"] = render_shared_text(ui, my_data_page, smart.zin)
    env.variables["gk_suffixes"] = ui.zoeken.achtervoegsels

    # --- The start page's task list (issue 11) ---
    tasks = load_tasks(ROOT / "data" / "taken.yml", data, docs_dir, edition)

    @env.macro
    def taken(level: int = 2) -> str:
        return render_tasks(tasks, plan, site_root, level)


def on_post_build(env) -> None:
    """After the build: the search index, then the service worker that precaches it all.

    mkdocs-macros calls this; a build without it (Zensical) has neither, and the site
    works as before without search results and offline copy.
    """
    site_dir = Path(env.conf["site_dir"])
    prefix = env.variables["gk_languages"].prefix
    if prefix and "gk_default_404" in env.variables:
        # This pass's 404 page goes to its own folder, the Dutch one back to the root.
        (site_dir / NOT_FOUND).replace(site_dir / prefix / NOT_FOUND)
        (site_dir / NOT_FOUND).write_bytes(env.variables["gk_default_404"])
    # First, so the worker's version hashes the pages as served.
    drop_toggle_autocomplete(site_dir)
    label_table_cells(site_dir)
    pages = nav_files(env.conf["nav"])
    index = build_index(site_dir, pages, env.variables["gk_suffixes"], prefix)
    (site_dir / prefix / SEARCH_INDEX).write_text(
        json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    # Each pass writes it; the last language's pass lists the pages of all of them.
    write_worker(site_dir, ROOT / "browser" / "sw.js")
