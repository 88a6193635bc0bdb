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


def time_build(config_file: Path, site_dir: Path, **overrides) -> float:
    """Seconds for one build; overrides replace config options (plugins=[]: no macros)."""
    config = load_config(
        config_file=str(config_file), site_dir=str(site_dir), strict=False, **overrides
    )
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
        full, plain = [], []
        for _ in range(ROUNDS):
            full.append(time_build(ROOT / "mkdocs.yml", folder / "site"))
            plain.append(time_build(ROOT / "mkdocs.yml", folder / "site", plugins=[]))
        full_s, plain_s = statistics.median(full), statistics.median(plain)
        print(f"\nBouwtijd (mediaan van {ROUNDS}, in één run afgewisseld)")
        print(f"  {'volledige bouw':<30}{full_s:6.2f} s")
        print(f"  {'zelfde pagina, zonder macros':<30}{plain_s:6.2f} s")
        print(f"  {'verhouding':<30}{full_s / plain_s:6.2f}   (doel ≤ 1,3)")

        print("\nBouwtijd met een synthetische checklist erbij")
        base = None
        for items in (10, 100, 1000):
            project = folder / f"project-{items}"
            config = _copy_project(project)
            _add_synthetic_checklist(project, items)
            seconds = statistics.median(time_build(config, project / "site") for _ in range(3))
            base = base or seconds
            label = f"{items:>5} items"
            print(f"  {label:<30}{seconds:6.2f} s   (+{seconds - base:5.2f} s)")
