// Small repairs to stock Material markup that axe flags.

// The search overlay has role="dialog" but no accessible name.
export function nameSearchDialog() {
  const dialog = document.querySelector('.md-search[role="dialog"]');
  if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Zoeken");
}
