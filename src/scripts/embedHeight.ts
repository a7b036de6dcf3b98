/**
 * `<mz-embed-height>`: wraps the content of an embed page and reports its height to the host page
 * on load, when the frame is resized and whenever the content changes size (ResizeObserver), in
 * every dialect of `embedMessages.ts`, and again when the host asks. Does nothing when the page is
 * not framed.
 */
import { embedContext, heightMessages, isHeightRequest } from '../lib/media/embedMessages';

class EmbedHeightElement extends HTMLElement {
  #last = 0;

  connectedCallback() {
    if (window.parent === window) return;
    const context = embedContext(this.dataset.embedId ?? '', location.search, location.hash);
    const report = () => {
      const height = Math.ceil(this.getBoundingClientRect().height);
      if (height === this.#last || height === 0) return;
      this.#last = height;
      // The height is no secret and the host's origin is not known in advance.
      for (const message of heightMessages(height, context)) window.parent.postMessage(message, '*');
    };
    new ResizeObserver(report).observe(this);
    window.addEventListener('load', report);
    window.addEventListener('resize', report);
    // embed.js may start after the first report (it loads async): it then asks for one again.
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent || !isHeightRequest(event.data)) return;
      this.#last = 0;
      report();
    });
    report();
  }
}

customElements.define('mz-embed-height', EmbedHeightElement);
