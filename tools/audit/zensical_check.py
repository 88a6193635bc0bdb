"""Build the same mkdocs.yml with Zensical, Material's named successor, and say what differs:
which pages build, what each page still has (the header's parts from the macros and the
language links too), the English edition, the 404 page, the favicon, HTML errors and page
weight.

Zensical lives in its own virtualenv (.venv-zensical): it pins other versions of
Markdown and pymdown-extensions than MkDocs does.
"""

from __future__ import annotations

import base64
import collections
import gzip
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from tools import vnu
from tools.audit.pages import page_urls

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-zensical"
# The newest Zensical that installs from the package index here.
ZENSICAL = "zensical==0.0.73"
NEWER = (
    "0.0.74 en nieuwer installeren hier niet: ze hebben het pakket zensical-ui nodig, "
    "dat de pakketbron niet heeft"
)
PROJECT_FILES = ("docs", "data", "macros", "overrides", "schema", "mkdocs.yml", "pyproject.toml")

# What each page must still have after a Zensical build.
CHECKS = {
    "checklists": r'data-checklist="',
    "formulieren": r'data-template="',
    "CSP": r'http-equiv="Content-Security-Policy"',
    "eigen CSS": r"assets/gespreksklaar\.css",
    "eigen JS": r"assets/gespreksklaar\.js",
    # In the header, from config.extra (macros/main.py) and the i18n plugin (overrides/).
    "zoekveld": r'class="gk-search[ "]',
    "updatemelding": r'class="gk-update[ "]',
    "taalknop": r"data-gk-language",
    "hreflang": r'hreflang="',
}
# The titles the macros render (checklists, forms, tools): their language shows which
# data a page got.
MACRO_TITLE = re.compile(r'class="gk-[a-z-]+__title"[^>]*>([^<]+)')
LANG = re.compile(r'<html lang="([^"]+)"')
# The files a page names itself: stylesheets and scripts (not what scripts load later).
PAGE_FILES = re.compile(r'<(?:link rel="stylesheet" href|script src)="([^"?#]+)')
FAVICON = re.compile(r'<link rel="icon" href="([^"]*)"')
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.DOTALL
)


def ensure_zensical() -> Path:
    binary = VENV / "bin" / "zensical"
    stamp = VENV / f".installed-{ZENSICAL}"
    if not stamp.exists():
        print(f"» {ZENSICAL} installeren in {VENV.name}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        requirements = [ZENSICAL] + [
            line
            for line in (ROOT / "constraints.txt").read_text().splitlines()
            if line.lower().startswith(("pydantic", "pyyaml", "annotated-types", "typing"))
        ]
        subprocess.run([str(VENV / "bin" / "pip"), "install", "--quiet", *requirements], check=True)
        stamp.touch()
    return binary


def _zensical_url(url: str) -> str:
    """Where Zensical puts a page of the MkDocs build: without mkdocs-static-i18n an English
    page docs/<naam>.en.md is just another page, en/tips/ -> tips.en/ (en/ -> index.en/)."""
    if not url.startswith("en/"):
        return url
    return (url.removeprefix("en/").removesuffix("/") or "index") + ".en/"


def _read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def _english(mkdocs_site: Path, built: Path, urls: list[str]) -> list[str]:
    """What the English pages are under Zensical: their lang, and whose text the macros
    gave them (the English or the Dutch build's)."""
    langs = collections.Counter(LANG.search(_read(built, _zensical_url(u))).group(1) for u in urls)
    dutch = english = 0
    for url in urls:
        titles = MACRO_TITLE.findall(_read(built, _zensical_url(url)))
        if titles:
            english += titles == MACRO_TITLE.findall(_read(mkdocs_site, url))
            dutch += titles == MACRO_TITLE.findall(_read(mkdocs_site, url.removeprefix("en/")))
    return [
        f"{len(urls)} Engelse pagina's (docs/*.en.md): MkDocs onder /en/, Zensical als "
        f"/<naam>.en/ (de plugin mkdocs-static-i18n draait niet)",
        "lang: " + ", ".join(f'"{code}" op {n}' for code, n in sorted(langs.items())),
        f"tekst uit de macros (koppen van checklists, formulieren, hulpmiddelen): Nederlands "
        f"op {dutch}, Engels op {english} van de pagina's die er hebben",
    ]


def _features(html: str) -> dict[str, int]:
    return {name: len(re.findall(pattern, html)) for name, pattern in CHECKS.items()}


def _weight(site: Path, url: str) -> tuple[int, int]:
    """(files, gzip bytes) of a page and the stylesheets and scripts it names."""
    page = site / url / "index.html"
    files = [page] + [
        (page.parent / ref).resolve()
        for ref in PAGE_FILES.findall(page.read_text(encoding="utf-8"))
        if not ref.startswith(("http:", "https:", "data:", "//"))
    ]
    size = sum(len(gzip.compress(f.read_bytes(), compresslevel=6, mtime=0)) for f in files)
    return len(files), size


def _weights(site: Path, urls: list[str]) -> str:
    found = [_weight(site, url) for url in urls]
    files = sorted({n for n, _ in found})
    low, high = min(size for _, size in found) / 1024, max(size for _, size in found) / 1024
    count = f"{files[0]}-{files[-1]}" if len(files) > 1 else f"{files[0]}"
    return f"{low:.0f}-{high:.0f} KB in {count} bestanden per pagina"


def _outside_csp(site: Path) -> int:
    """Inline scripts whose hash the CSP in mkdocs.yml does not allow: they would not run."""
    allowed = set(re.findall(r"'(sha256-[^']+)'", (ROOT / "mkdocs.yml").read_text()))
    scripts = [
        script
        for page in site.rglob("*.html")
        for script in INLINE_SCRIPT.findall(page.read_text(encoding="utf-8"))
    ]
    digests = [base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts]
    return sum(f"sha256-{digest}" not in allowed for digest in digests)


def _html_errors(site: Path) -> str:
    errors = vnu.html_errors(site)
    kinds = collections.Counter(error.split(": ", 1)[1] for error in errors)
    return f"{len(errors)}" + "".join(
        f"\n      {n} x {message[:100]}" for message, n in kinds.most_common()
    )


def run(mkdocs_site: Path) -> bool:
    """Print what differs from the MkDocs build; True when Zensical builds every page alike."""
    binary = ensure_zensical()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        for name in PROJECT_FILES:
            copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
            copy(ROOT / name, project / name)
        result = subprocess.run(
            [str(binary), "build", "-f", "mkdocs.yml"],
            cwd=project,
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(project), "HOME": tmp},
        )
        print(f"\nZensical ({ZENSICAL}) op dezelfde mkdocs.yml\n  ({NEWER})")
        if result.returncode != 0:
            last = (result.stderr or result.stdout).strip().splitlines()[-3:]
            print("  bouwt niet:\n    " + "\n    ".join(last))
            return False
        built = project / "site"
        ours, theirs = set(page_urls(mkdocs_site)), set(page_urls(built))
        paired = sorted(url for url in ours if _zensical_url(url) in theirs)
        differences = [f"alleen MkDocs: /{url}" for url in sorted(ours - set(paired))]
        differences += [
            f"alleen Zensical: /{url}"
            for url in sorted(theirs - {_zensical_url(url) for url in paired})
        ]
        unlike = collections.defaultdict(list)
        for url in paired:
            a, b = _features(_read(mkdocs_site, url)), _features(_read(built, _zensical_url(url)))
            for name in a:
                if a[name] != b[name]:
                    unlike[name].append(f"/{url} ({a[name]} tegen {b[name]})")
        differences += [
            f"{name}: anders op {len(found)} van {len(paired)} pagina's, zoals {found[0]}"
            for name, found in unlike.items()
        ]
        english = [url for url in paired if url.startswith("en/")]
        if english:
            print("  Engelse versie:\n    " + "\n    ".join(_english(mkdocs_site, built, english)))
            differences.append("Engelse versie: zie hierboven")
        not_found = yaml.safe_load((ROOT / "data" / "ui.yml").read_text())["niet_gevonden"]
        if not_found["titel"] not in (built / "404.html").read_text(encoding="utf-8"):
            differences.append("404.html: Materials eigen tekst, niet die uit data/ui.yml")
        icons = [
            "".join(FAVICON.findall((site / "index.html").read_text(encoding="utf-8")))
            for site in (mkdocs_site, built)
        ]
        if icons[0] != icons[1]:
            differences.append(f"favicon: MkDocs {icons[0][:32]}…, Zensical {icons[1][:32]}…")
        print(f"  bouwt: {len(theirs)} pagina's (MkDocs {len(ours)})")
        blocked = [_outside_csp(site) for site in (mkdocs_site, built)]
        print(f"  inline scripts die de CSP tegenhoudt: MkDocs {blocked[0]}, Zensical {blocked[1]}")
        if blocked[0] != blocked[1]:
            differences.append("inline scripts buiten de CSP: zie hierboven")
        names = [{p.name for p in site.iterdir()} for site in (mkdocs_site, built)]
        if names[0] != names[1]:
            # Not a difference in the pages: files each engine adds of its own.
            # The English pages' folders are counted under "Engelse versie".
            own = sorted(name for name in names[1] - names[0] if not name.endswith(".en"))
            print(f"  eigen bestanden van Zensical: {', '.join(own)}")
            print(f"  eigen bestanden van MkDocs: {', '.join(sorted(names[0] - names[1]))}")
        if vnu.available():
            mkdocs_errors, zensical_errors = _html_errors(mkdocs_site), _html_errors(built)
            print(f"  HTML-fouten (Nu Html Checker): MkDocs {mkdocs_errors}")
            print(f"  HTML-fouten (Nu Html Checker): Zensical {zensical_errors}")
            if zensical_errors != mkdocs_errors:
                differences.append("HTML-fouten: zie hierboven")
        print("  paginagewicht (gzip; de pagina met de CSS en scripts die ze zelf noemt):")
        print(f"    MkDocs   {_weights(mkdocs_site, paired)}")
        print(f"    Zensical {_weights(built, [_zensical_url(url) for url in paired])}")
        print(
            "  verschillen:\n    " + "\n    ".join(differences)
            if differences
            else "  geen verschillen"
        )
        return not differences
