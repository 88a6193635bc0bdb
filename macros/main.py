"""Entry point for mkdocs-macros (and Zensical): the only place that talks to the build.

Imported by file path, so it uses absolute imports only.
"""

from pathlib import Path
from urllib.parse import urlparse

from macros.loader import (
    DataError,
    SiteData,
    load,
    load_comparison,
    load_feedback_words,
    load_plan,
    load_tasks,
)
from macros.manifest import build_manifest, manifest_element, site_version
from macros.material_markup import drop_toggle_autocomplete
from macros.models import Checklist, Template
from macros.overview import checklist_entries, nav_files, render_overview, template_entries
from macros.render_checklist import render_checklist
from macros.render_content import render_comparison, render_questions
from macros.render_form import render_form
from macros.render_tasks import render_tasks
from macros.render_tools import (
    render_feedback_builder,
    render_planner,
    render_smart,
    render_successes,
)


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

    @env.macro
    def checklist(checklist_id: str, level: int = 2) -> str:
        found = _lookup(Checklist.naam, data.checklists, checklist_id)
        return render_checklist(found, site_root, level)

    @env.macro
    def template(template_id: str, level: int = 2) -> str:
        return render_form(_lookup(Template.naam, data.templates, template_id), level)

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
        return render_questions(data.questions, level)

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

    # --- The start page's task list (issue 11) ---
    tasks = load_tasks(ROOT / "data" / "taken.yml", data, ROOT / env.conf.get("docs_dir", "docs"))

    @env.macro
    def taken(level: int = 2) -> str:
        return render_tasks(tasks, plan, site_root, level)


def on_post_build(env) -> None:
    """mkdocs-macros calls this after MkDocs has written the site."""
    drop_toggle_autocomplete(Path(env.conf["site_dir"]))
