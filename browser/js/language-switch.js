// The link to the same page in the other language (overrides/partials/header.html).
// The header stays through instant navigation, so after each page the link takes its
// address from the page's <link hreflang> in the head (which Material does replace). The
// #anchor is added when the link is used: headings keep the same ids in every language.
export function setupLanguageSwitch() {
  for (const link of document.querySelectorAll("[data-gk-language]")) {
    link.addEventListener("click", () => {
      const target = new URL(link.href);
      target.hash = location.hash;
      link.href = target.href;
    });
  }
}

export function followPage() {
  for (const link of document.querySelectorAll("[data-gk-language]")) {
    const alternate = document.head.querySelector(`link[hreflang="${link.hreflang}"]`);
    // The head names the published address; keep this host (a local or preview copy).
    if (alternate) link.href = new URL(new URL(alternate.href).pathname, location.href).href;
  }
}
