/**
 * `<mz-wechat>`: the share panel's WeChat buttons. 生成分享海报 draws a portrait poster with a QR
 * code of the page and shows it with a download link (./wechatPoster.ts); 复制到公众号 puts the
 * story on the clipboard as formatted text and as plain text (./wechatCopy.ts). Both modules, and
 * `qrcode`, load only on click; the data comes from the element's JSON block, its words from
 * `data-*` attributes.
 */
import type { WechatShareData } from '../lib/media/posterText';

class WechatElement extends HTMLElement {
  connectedCallback() {
    const template = this.querySelector('template');
    const json = this.querySelector('script')?.textContent;
    if (!template || !json || this.querySelector('button')) return;
    const data = JSON.parse(json) as WechatShareData;
    template.after(template.content.cloneNode(true));
    this.querySelector('[data-poster]')?.addEventListener('click', () => {
      void import('./wechatPoster').then((module) => module.showPoster(this, data));
    });
    this.querySelector('[data-copy]')?.addEventListener('click', () => {
      // The clipboard item is made in the click itself, its contents still to come, so that
      // browsers that let a write start only in the click (Safari) accept it.
      const copy = import('./wechatCopy').then((module) => module.wechatCopy(data));
      const blob = (type: string, key: 'html' | 'text') => copy.then((made) => new Blob([made[key]], { type }));
      let written: Promise<void>;
      try {
        const item = new ClipboardItem({
          'text/html': blob('text/html', 'html'),
          'text/plain': blob('text/plain', 'text'),
        });
        written = navigator.clipboard.write([item]);
      } catch (error) {
        written = Promise.reject(error);
      }
      void import('./wechatCopy').then((module) => module.reportCopy(this, written, copy));
    });
  }
}

customElements.define('mz-wechat', WechatElement);
