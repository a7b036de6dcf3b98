/**
 * `<mz-embed-preview>`: shows the embed code (the text of `data-source`) working, as a host page
 * would run it: the markup is inserted and its script loaded. The button comes from the element's
 * `<template>`; the preview loads only on request, so pages do not frame themselves on every view,
 * and the code that builds it (./embedPreviewRender.ts) arrives only then.
 */
class EmbedPreviewElement extends HTMLElement {
  connectedCallback() {
    const template = this.querySelector('template');
    if (!template || this.querySelector('button')) return;
    const button = (template.content.cloneNode(true) as DocumentFragment).querySelector('button');
    const target = this.querySelector<HTMLElement>('[data-preview]');
    if (!button || !target) return;
    template.after(button);
    button.addEventListener('click', async () => {
      const source = document.getElementById(this.dataset.source ?? '');
      if (!(source instanceof HTMLTextAreaElement)) return;
      // The code names the configured public address; preview from the server this page came from.
      const site = this.dataset.site;
      const code = site ? source.value.replaceAll(site, location.origin) : source.value;
      const { previewNodes, runScripts } = await import('./embedPreviewRender');
      target.replaceChildren(...previewNodes(code));
      runScripts(target);
      target.hidden = false;
      button.remove();
    });
  }
}

customElements.define('mz-embed-preview', EmbedPreviewElement);
