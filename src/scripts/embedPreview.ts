/**
 * `<mz-embed-preview>`: shows the embed code (the text of `data-source`) working, as a host page
 * would run it: the markup is inserted and its script loaded. The button comes from the element's
 * `<template>`; the preview loads only on request, so pages do not frame themselves on every view.
 */
class EmbedPreviewElement extends HTMLElement {
  connectedCallback() {
    const template = this.querySelector('template');
    if (!template || this.querySelector('button')) return;
    const button = (template.content.cloneNode(true) as DocumentFragment).querySelector('button');
    const target = this.querySelector<HTMLElement>('[data-preview]');
    if (!button || !target) return;
    template.after(button);
    button.addEventListener('click', () => {
      const source = document.getElementById(this.dataset.source ?? '');
      if (!(source instanceof HTMLTextAreaElement)) return;
      // The code names the configured public address; preview from the server this page came from.
      const site = this.dataset.site;
      target.innerHTML = site ? source.value.replaceAll(site, location.origin) : source.value;
      // Scripts inserted as markup do not run; recreate them as a host page's parser would.
      for (const inert of target.querySelectorAll('script')) {
        const script = document.createElement('script');
        script.src = inert.src;
        script.async = true;
        inert.replaceWith(script);
      }
      target.hidden = false;
      button.remove();
    });
  }
}

customElements.define('mz-embed-preview', EmbedPreviewElement);
