"""The strict build: every page there, in Dutch and in English, fully rendered, linking
only inward."""

import itertools
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import LANGUAGES, page_address

ROOT = Path(__file__).resolve().parent.parent


class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving its !!python/name tags."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def nav_pages() -> list[str]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, str) and node.endswith(".md"):
            found.append(node)
        elif isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            for child in node.values():
                walk(child)

    walk(config["nav"])
    return found


def html_path(site: Path, page: str, lang: str = "nl") -> Path:
    return site / page_address(page, lang) / "index.html"


def built_pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html") if path.name != "404.html")


def test_every_nav_page_is_built(site_dir):
    pages = nav_pages()
    assert pages
    for page in pages:
        for lang in LANGUAGES:
            assert html_path(site_dir, page, lang).is_file(), (page, lang)


def test_pages_have_their_language_and_are_fully_rendered(site_dir):
    for path in built_pages(site_dir):
        text = path.read_text(encoding="utf-8")
        tree = BeautifulSoup(text, "html.parser")
        folder = path.relative_to(site_dir).parts[0]
        assert tree.html["lang"] == (folder if folder in LANGUAGES else "nl"), path
        assert "{{" not in text and "{%" not in text, f"unrendered macro in {path}"


def test_nothing_loads_from_another_origin(site_dir):
    loaders = {
        "script": "src",
        "img": "src",
        "iframe": "src",
        "frame": "src",
        "source": "src",
        "audio": "src",
        "video": "src",
        "embed": "src",
        "object": "data",
    }
    for path in [*built_pages(site_dir), site_dir / "404.html"]:
        tree = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        urls = [
            element.get(attr) for tag, attr in loaders.items() for element in tree.find_all(tag)
        ]
        urls += [
            link.get("href")
            for link in tree.find_all("link")
            if not {"canonical", "alternate"} & set(link.get("rel", []))
        ]
        for url in filter(None, urls):
            assert not urlparse(url).netloc and not url.startswith("//"), f"{path}: {url}"
    for css in site_dir.rglob("*.css"):
        assert "@import url(http" not in css.read_text(encoding="utf-8"), css
        assert "fonts.googleapis" not in css.read_text(encoding="utf-8"), css


def test_internal_links_and_anchors_resolve(site_dir):
    ids_of: dict[Path, set[str]] = {}

    def ids(path: Path) -> set[str]:
        if path not in ids_of:
            tree = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            ids_of[path] = {element["id"] for element in tree.select("[id]")}
        return ids_of[path]

    checked = 0
    for path in built_pages(site_dir):
        url = "/" + path.relative_to(site_dir).as_posix()
        tree = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for link in tree.select(".md-content a[href]"):
            target = urlparse(urljoin(url, link["href"]))
            if target.scheme or target.netloc:
                continue
            file = site_dir / target.path.lstrip("/")
            file = file / "index.html" if target.path.endswith("/") else file
            # An English page's text leads to English pages only.
            if url.startswith("/en/") and file.suffix == ".html":
                assert target.path.startswith("/en/"), f"{path}: Dutch page {link['href']}"
            assert file.is_file(), f"{path}: link to missing {link['href']}"
            if target.fragment and file.suffix == ".html":
                assert target.fragment in ids(file), f"{path}: missing anchor {link['href']}"
            checked += 1
    assert checked > 0


@pytest.mark.parametrize("page", nav_pages())
def test_every_page_has_a_title_and_description(site_dir, page, lang):
    tree = BeautifulSoup(html_path(site_dir, page, lang).read_text(encoding="utf-8"), "html.parser")
    assert len(tree.find_all("h1")) == 1
    description = tree.find("meta", attrs={"name": "description"})
    assert description and description["content"].strip()


def test_every_page_title_is_unique(site_dir, lang):
    titles = [
        BeautifulSoup(
            html_path(site_dir, page, lang).read_text(encoding="utf-8"), "html.parser"
        ).title
        for page in nav_pages()
    ]
    texts = [title.get_text() for title in titles]
    assert len(texts) == len(set(texts)), sorted(texts)


@pytest.mark.parametrize("page", nav_pages())
def test_headings_start_at_h1_and_skip_no_level(site_dir, page, lang):
    tree = BeautifulSoup(html_path(site_dir, page, lang).read_text(encoding="utf-8"), "html.parser")
    headings = tree.select_one("article.md-content__inner").find_all(
        ["h1", "h2", "h3", "h4", "h5", "h6"]
    )
    levels = [int(heading.name[1]) for heading in headings]
    assert levels[0] == 1
    for heading, (before, level) in zip(headings[1:], itertools.pairwise(levels), strict=True):
        assert level <= before + 1, f"h{before} then h{level}: {heading.get_text()!r}"


def test_not_found_page_is_dutch_and_leads_home(site_dir):
    tree = BeautifulSoup((site_dir / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert tree.h1.get_text() == "Deze pagina bestaat niet"
    assert tree.select_one(".md-content a")["href"] == "/"


def test_english_not_found_page_leads_to_the_english_start(site_dir):
    tree = BeautifulSoup((site_dir / "en/404.html").read_text(encoding="utf-8"), "html.parser")
    assert tree.html["lang"] == "en"
    assert tree.select_one(".md-content a")["href"] == "/en/"
