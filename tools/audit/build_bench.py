"""Build-time benchmark: what the macros cost, and how cost grows with the data.

Builds run in this process through MkDocs' own API (no interpreter start-up in the
figures), alternating the variants so that machine noise hits both alike.
"""

from __future__ import annotations

import logging
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 5


def _config_without_macros(folder: Path) -> Path:
    """A config that inherits mkdocs.yml but has no macros plugin: the same pages, unrendered."""
    path = folder / "zonder-macros.yml"
    path.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\nplugins: []\n", encoding="utf-8")
    return path


def time_build(config_file: Path, site_dir: Path) -> float:
    config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=False)
    start = time.perf_counter()
    build(config)
    return time.perf_counter() - start


def _copy_project(target: Path) -> Path:
    for name in ("docs", "data", "macros", "overrides", "schema"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target / "mkdocs.yml"


def _add_synthetic_checklist(project: Path, items: int) -> None:
    checklist = {
        "id": "synthetisch",
        "titel": "Synthetische lijst",
        "samenvatting": "Alleen voor de benchmark.",
        "pagina": "voorbereiden.md",
        "secties": [
            {
                "id": f"sectie-{section}",
                "titel": f"Sectie {section}",
                "items": [
                    {
                        "id": f"punt-{section}-{n}",
                        "tekst": f"Punt {n} van sectie {section}",
                        "hint": "Een hint.",
                    }
                    for n in range(10)
                ],
            }
            for section in range(items // 10)
        ],
    }
    header = "# yaml-language-server: $schema=../../schema/checklist.schema.json\n"
    (project / "data" / "checklists" / "synthetisch.yml").write_text(
        header + yaml.safe_dump(checklist, allow_unicode=True), encoding="utf-8"
    )
    with (project / "docs" / "voorbereiden.md").open("a", encoding="utf-8") as page:
        page.write('\n\n{{ checklist("synthetisch") }}\n')


def run() -> None:
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain_config = _config_without_macros(folder)
        full, plain = [], []
        for _ in range(ROUNDS):
            full.append(time_build(ROOT / "mkdocs.yml", folder / "site"))
            plain.append(time_build(plain_config, folder / "site"))
        full_s, plain_s = statistics.median(full), statistics.median(plain)
        print(f"\nBouwtijd (mediaan van {ROUNDS}, in één run afgewisseld)")
        print(f"  volledige bouw              {full_s:6.2f} s")
        print(f"  zelfde pagina's, geen macros {plain_s:6.2f} s")
        print(f"  verhouding                  {full_s / plain_s:6.2f}   (doel ≤ 1,3)")

        print("\nBouwtijd met een synthetische checklist erbij")
        base = None
        for items in (10, 100, 1000):
            project = folder / f"project-{items}"
            config = _copy_project(project)
            _add_synthetic_checklist(project, items)
            seconds = statistics.median(time_build(config, project / "site") for _ in range(3))
            base = base or seconds
            print(f"  {items:>5} items              {seconds:6.2f} s   (+{seconds - base:5.2f} s)")
