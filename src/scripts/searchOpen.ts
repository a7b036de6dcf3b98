/**
 * `<mz-search-open>`: the header's search entry. Replaces the link to the search page with a
 * button that opens the search dialog, on click and on the `/` key (unless the reader is typing
 * in a field). The search code (src/scripts/search.ts) is imported on first use, or when the
 * pointer or focus reaches the button, so pages that are only read never load it.
 */
const loadSearch = () => import('./search');

/** Whether a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

class SearchOpenElement extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('[data-link]');
    const button = this.querySelector<HTMLButtonElement>('[data-open]');
    const dialog = this.querySelector('dialog');
    if (!link || !button || !dialog || !link.isConnected || !button.hidden) return;
    link.hidden = true;
    button.hidden = false;

    button.addEventListener('click', () => void this.open());
    button.addEventListener('pointerenter', () => void loadSearch(), { once: true });
    button.addEventListener('focus', () => void loadSearch(), { once: true });
    this.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (outside the dialog's box) closes it too.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) {
        const box = dialog.getBoundingClientRect();
        const inside =
          event.clientX >= box.left &&
          event.clientX <= box.right &&
          event.clientY >= box.top &&
          event.clientY <= box.bottom;
        if (!inside) dialog.close();
      }
    });
    // In a search field the first Escape would only clear the text; here it closes the dialog.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    dialog.addEventListener('close', () => button.focus());
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (dialog.open) return;
      event.preventDefault();
      void this.open();
    });
  }

  /** Opens the dialog, or on the search page focuses its own field. */
  async open() {
    const dialog = this.querySelector('dialog');
    if (!dialog) return;
    const pageSearch = document.querySelector<HTMLElement & { focusInput?: () => void }>('mz-search[data-mode="page"]');
    await loadSearch();
    if (pageSearch) {
      pageSearch.focusInput?.();
      return;
    }
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement & { focusInput?: () => void }>('mz-search')?.focusInput?.();
  }
}

if (!customElements.get('mz-search-open')) customElements.define('mz-search-open', SearchOpenElement);
