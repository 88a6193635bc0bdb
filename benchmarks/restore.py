"""How long restoring a checklist with 500 ticked items takes in a real Chromium.

Builds the site, serves it, opens a page, adds a checklist of 500 items with all 500
ticks saved, and times the site's own setupChecklists() from browser/js/ (read storage,
tick the boxes, show progress) on a fresh copy each run. Prints the median and the slowest run.
Budget (issue 4): under 5 ms. Run with `make bench`.
"""

from __future__ import annotations

import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ITEMS = 500
RUNS = 30
BUDGET_MS = 5.0

# One fresh checklist of ITEMS boxes, its saved ticks, then the timed restore.
RESTORE = """
async ([items, run]) => {
  const { setupChecklists } = await import("/src-js/remember.js");
  document.querySelector(".gk-benchmark")?.remove();
  const root = document.createElement("div");
  root.className = "gk-checklist gk-benchmark";
  root.dataset.checklist = "benchmark";
  const title = document.createElement("h2");
  title.textContent = "Benchmark";
  const fieldset = document.createElement("fieldset");
  const ticks = {};
  for (let i = 0; i < items; i++) {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = `gk-benchmark--item-${run}-${i}`;
    box.dataset.item = `item-${i}`;
    fieldset.append(box);
    ticks[`item-${i}`] = true;
  }
  root.append(title, fieldset);
  document.querySelector(".md-content__inner").append(root);
  localStorage.setItem("gespreksklaar:state", JSON.stringify(
    { version: 2, checklists: { benchmark: { items: ticks } }, templates: {} }));
  const start = performance.now();
  setupChecklists();
  const took = performance.now() - start;
  const ticked = root.querySelectorAll("input:checked").length;
  return [took, ticked];
}
"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    with tempfile.TemporaryDirectory() as site:
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "-d", site],
            cwd=ROOT,
            check=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        # The source modules, so setupChecklists can be imported on its own; the bundle
        # the site ships is the same code, minified.
        shutil.copytree(ROOT / "browser" / "js", Path(site) / "src-js")
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=site))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=chromium, args=["--no-sandbox"]
                )
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{server.server_address[1]}/voorbereiden/")
                page.wait_for_load_state("networkidle")
                times = []
                for run in range(RUNS):
                    took, ticked = page.evaluate(RESTORE, [ITEMS, run])
                    assert ticked == ITEMS, f"restored {ticked} of {ITEMS} ticks"
                    times.append(took)
                browser.close()
        finally:
            server.shutdown()
    median = statistics.median(times[1:])  # the first run also compiles the code
    print(
        f"Restore of a checklist with {ITEMS} ticked items: median {median:.2f} ms, "
        f"slowest {max(times[1:]):.2f} ms, first run {times[0]:.2f} ms "
        f"({RUNS} runs in Chromium; budget {BUDGET_MS:.0f} ms)"
    )
    return 0 if median < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
