"""The Content-Security-Policy: one policy, current hashes, and no violation in use."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from browser_helpers import wait_ready
from test_build import built_pages, nav_pages

ROOT = Path(__file__).resolve().parent.parent
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')

# Records violations from the first byte on, before any page script runs.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});
"""


def header_policy() -> str:
    lines = (ROOT / "docs" / "_headers").read_text(encoding="utf-8").splitlines()
    return next(
        line.split(":", 1)[1].strip()
        for line in lines
        if line.strip().startswith("Content-Security-Policy:")
    )


def directives(policy: str) -> dict[str, str]:
    parts = (part.strip().split(None, 1) for part in policy.split(";") if part.strip())
    return {part[0]: part[1] if len(part) > 1 else "" for part in parts}


def page_policy(path: Path) -> str:
    found = META_CSP.findall(path.read_text(encoding="utf-8"))
    assert len(found) == 1, f"{path}: expected one CSP meta tag"
    return found[0].replace("&#39;", "'")


def test_every_page_carries_the_policy_and_headers_agree(site_dir):
    pages = [*built_pages(site_dir), site_dir / "404.html"]
    policies = {page_policy(path) for path in pages}
    assert len(policies) == 1
    meta = directives(policies.pop())
    assert "'unsafe-inline'" not in meta["script-src"] and "'unsafe-eval'" not in meta["script-src"]
    for name in ("default-src", "script-src", "style-src", "connect-src", "img-src", "font-src"):
        assert not re.search(r"https?:|\*", meta[name]), f"{name} allows another origin"
    header = directives(header_policy())
    assert header.pop("frame-ancestors") == "'none'"
    assert header == meta, "docs/_headers and extra.csp in mkdocs.yml differ"
    assert (site_dir / "_headers").is_file()


def test_every_inline_script_is_allowed_by_hash(site_dir):
    allowed = directives(page_policy(site_dir / "index.html"))["script-src"]
    for path in built_pages(site_dir):
        for attrs, body in INLINE_SCRIPT.findall(path.read_text(encoding="utf-8")):
            if "application/json" in attrs:
                continue  # data, not script: the CSP does not apply
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in allowed, f"{path}: inline script not in the CSP"


def test_no_inline_handlers_or_style_attributes(site_dir):
    for path in built_pages(site_dir):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"<[^>]+\son[a-z]+=", html), f"{path}: inline event handler"
        assert not re.search(r"<[^>]+\sstyle=", html), f"{path}: style attribute"


@pytest.mark.browser
@pytest.mark.slow
def test_no_violations_on_any_page_while_using_it(context):
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    violations = []
    for source in nav_pages():
        page.goto("" if source == "index.md" else source.removesuffix(".md") + "/")
        wait_ready(page)
        for box in page.locator('.gk-checklist input[type="checkbox"]').all()[:2]:
            box.check()
        for field in page.locator(".gk-form textarea").all()[:2]:
            field.fill("Een antwoord")
        violations += page.evaluate("window.__cspViolations")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    violations += page.evaluate("window.__cspViolations")
    assert violations == []
