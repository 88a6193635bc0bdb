"""`make audit`: figures for a maintainer (Lighthouse, installability, build time, Zensical).

Not a test.

Usage: python -m tools.audit SITE_DIR CHROMIUM
"""

import sys
from pathlib import Path

from tools.audit import build_bench, installable, lighthouse, zensical_check


def main() -> None:
    site, chromium = Path(sys.argv[1]), sys.argv[2]
    perfect = lighthouse.run(site, chromium)
    app = installable.run(site, chromium)
    build_bench.run()
    portable = zensical_check.run(site)
    print("\nSamenvatting")
    print(f"  Lighthouse 100 op elke pagina: {'ja' if perfect else 'nee'}")
    print(f"  Installeerbaar als app:        {'ja' if app else 'nee'}")
    print(f"  Zensical bouwt dezelfde site:  {'ja' if portable else 'nee'}")


if __name__ == "__main__":
    main()
