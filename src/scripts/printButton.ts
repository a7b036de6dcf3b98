/** `<mz-print-button>`: reveals its button, which opens the browser's print dialog. */
class PrintButtonElement extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('mz-print-button')) customElements.define('mz-print-button', PrintButtonElement);
