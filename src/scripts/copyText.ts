/**
 * `<mz-copy>`: a copy button for the text of a readonly field (`data-source`, an element id).
 * The button comes from the element's `<template>`, so without JavaScript only the selectable
 * text is there. The outcome is announced in the element's status region.
 */
class CopyElement extends HTMLElement {
  connectedCallback() {
    const template = this.querySelector('template');
    if (!template || this.querySelector('button')) return;
    const button = (template.content.cloneNode(true) as DocumentFragment).querySelector('button');
    if (!button) return;
    template.after(button);
    const status = this.querySelector('[role="status"]');
    button.addEventListener('click', async () => {
      const source = document.getElementById(this.dataset.source ?? '');
      if (!source) return;
      const text =
        source instanceof HTMLTextAreaElement || source instanceof HTMLInputElement
          ? source.value
          : (source.textContent ?? '');
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        // No clipboard permission (insecure origin, old browser): select the text for Ctrl+C.
        if (source instanceof HTMLTextAreaElement || source instanceof HTMLInputElement) source.select();
      }
      if (status) status.textContent = (copied ? this.dataset.copied : this.dataset.failed) ?? '';
    });
  }
}

customElements.define('mz-copy', CopyElement);
