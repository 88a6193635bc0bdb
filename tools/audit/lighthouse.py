"""Lighthouse (mobile preset) on every page of the built site; prints one row per page."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from tools.audit.pages import page_urls
from tools.audit.serve import serve

HERE = Path(__file__).resolve().parent
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


def ensure_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        print("» Lighthouse 12.2.3 installeren (npm ci in tools/audit)", flush=True)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=HERE, check=True)


def audit_page(url: str, chromium: str, out: Path) -> dict:
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": chromium},
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    return {
        **{name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES},
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "failed": [
            audit_id
            for name in CATEGORIES
            for ref in report["categories"][name]["auditRefs"]
            if ref["weight"] > 0
            and (audit_id := ref["id"]) in audits
            and audits[audit_id]["score"] is not None
            and audits[audit_id]["score"] < 1
        ],
    }


def run(site: Path, chromium: str) -> bool:
    """Print the table; True when every page scores 100 in every category."""
    ensure_lighthouse()
    print("\nLighthouse 12.2.3, mobile preset, gzip, 127.0.0.1")
    header = ("perf", "a11y", "best", "seo")
    print(f"{'pagina':<46}" + "".join(f"{name:>5}" for name in header), end="")
    print(f"{'LCP ms':>8}{'TBT ms':>8}{'CLS':>7}{'KB':>7}")
    all_perfect = True
    with serve(site) as base, tempfile.TemporaryDirectory() as tmp:
        for url in page_urls(site):
            result = audit_page(base + url, chromium, Path(tmp) / "report.json")
            scores = [result[name] for name in CATEGORIES]
            all_perfect &= all(score == 100 for score in scores)
            print(
                f"{'/' + url:<46}"
                + "".join(f"{score:>5}" for score in scores)
                + f"{result['lcp_ms']:>8.0f}{result['tbt_ms']:>8.0f}{result['cls']:>7.3f}"
                + f"{result['bytes'] / 1024:>7.1f}"
                + (f"   niet 100: {', '.join(result['failed'])}" if result["failed"] else "")
            )
    return all_perfect
