/**
 * The header's elder-mode switch, loaded by src/scripts/site.ts once the page has been read.
 * Turns the link `a[data-mode-toggle]` (the no-script form, `?mode=elder#elder`) into a toggle
 * button with `aria-pressed`, which switches elder mode in place and stores the choice (the head
 * script of src/lib/elderMode.ts applies it on the next pages). A page restored from the
 * back/forward cache takes up a choice made meanwhile on another page.
 */
import { MODE_STORAGE_KEY, type SiteMode } from '../lib/elderMode';

const root = document.documentElement;

function stored(): SiteMode {
  try {
    return localStorage.getItem(MODE_STORAGE_KEY) === 'elder' ? 'elder' : 'standard';
  } catch {
    return 'standard';
  }
}

function apply(button: HTMLButtonElement, mode: SiteMode) {
  root.dataset.mode = mode;
  button.setAttribute('aria-pressed', String(mode === 'elder'));
}

const link = document.querySelector<HTMLAnchorElement>('a[data-mode-toggle]');
if (link) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.textContent = link.textContent;
  apply(button, root.dataset.mode === 'elder' ? 'elder' : 'standard');
  const focused = document.activeElement === link;
  link.replaceWith(button);
  if (focused) button.focus();

  button.addEventListener('click', () => {
    const mode: SiteMode = root.dataset.mode === 'elder' ? 'standard' : 'elder';
    apply(button, mode);
    try {
      localStorage.setItem(MODE_STORAGE_KEY, mode);
    } catch {
      // Storage refused (some private modes): the mode holds for this page only.
    }
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) apply(button, stored());
  });
}
