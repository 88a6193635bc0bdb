"""Entry point for mkdocs-macros (and Zensical): the only place that talks to the build.

Imported by file path, so it uses absolute imports only.
"""

from pathlib import Path

from macros.loader import DataError, SiteData, load, load_comparison
from macros.manifest import build_manifest, manifest_element, site_version
from macros.overview import checklist_entries, nav_files, render_overview, template_entries
from macros.render_checklist import render_checklist
from macros.render_content import render_comparison, render_questions
from macros.render_form import render_form


def _lookup(kind: str, entries: dict, wanted: str, page: str):
    if wanted not in entries:
        known = ", ".join(sorted(entries)) or "geen"
        raise DataError(f"{page}: {kind} '{wanted}' bestaat niet in data/ (wel: {known})")
    return entries[wanted]


def define_env(env) -> None:
    root = Path(env.project_dir)
    data: SiteData = load(root / "data", Path(env.conf["docs_dir"]))
    env.variables["gk"] = data

    def page_name() -> str:
        return f"docs/{env.page.file.src_uri}" if env.page else "?"

    @env.macro
    def checklist(checklist_id: str, level: int = 2) -> str:
        found = _lookup("checklist", data.checklists, checklist_id, page_name())
        return render_checklist(found, env.page.url if env.page else "", level)

    @env.macro
    def template(template_id: str, level: int = 2) -> str:
        return render_form(_lookup("template", data.templates, template_id, page_name()), level)

    @env.macro
    def state_manifest() -> str:
        """What a reader can save, for the import on the Mijn gegevens page."""
        return manifest_element(build_manifest(data, site_version()))

    # --- Content parts: the comparison table, the expected questions, the overviews ---
    comparison = load_comparison(root / "data" / "vergelijking.yml")
    nav = nav_files(env.conf["nav"])

    @env.macro
    def vergelijking() -> str:
        return render_comparison(comparison)

    @env.macro
    def verwachte_vragen(level: int = 2) -> str:
        return render_questions(data.questions, level)

    @env.macro
    def checklist_overzicht() -> str:
        return render_overview(checklist_entries(data, nav, env.page.url if env.page else ""))

    @env.macro
    def sjablonen_overzicht() -> str:
        return render_overview(template_entries(data, nav, env.page.url if env.page else ""))
