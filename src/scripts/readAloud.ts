/**
 * `<mz-read-aloud>`: reads the page's title and main text aloud (朗读) in a Chinese voice of the
 * browser's speech synthesis. Its buttons (朗读, 暂停, 停止, in a labelled group; labels from
 * `data-labels`, separated by `|`) are made only where `speechSynthesis` offers a voice in Chinese (voices may
 * arrive late, with `voiceschanged`), so nobody sees a button that cannot work. The player
 * (./readAloudPlayer.ts) loads on the first press.
 */
import { chineseVoice } from '../lib/speech/chineseVoice';

const BUTTON =
  'min-h-11 cursor-pointer rounded border border-muted bg-white px-4 text-ink aria-pressed:bg-accent aria-pressed:text-accent-ink disabled:opacity-60';

class ReadAloudElement extends HTMLElement {
  connectedCallback() {
    const synth = window.speechSynthesis as SpeechSynthesis | undefined;
    if (!synth || this.firstChild) return;
    const show = () => {
      const voice = chineseVoice(synth.getVoices());
      if (!voice || this.firstChild) return;
      synth.removeEventListener('voiceschanged', show);
      const [label = '', ...names] = (this.dataset.labels ?? '').split('|');
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', label);
      group.className = 'no-print mt-4 flex flex-wrap gap-2';
      ['play', 'pause', 'stop'].forEach((action, index) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = BUTTON;
        button.dataset.action = action;
        button.textContent = names[index] ?? action;
        if (action !== 'stop') button.setAttribute('aria-pressed', 'false');
        button.disabled = action !== 'play';
        group.append(button);
      });
      this.append(group);
      this.addEventListener('click', (event) => {
        const action = (event.target as Element).closest<HTMLElement>('button[data-action]')?.dataset.action;
        if (action) void import('./readAloudPlayer').then(({ playerFor }) => playerFor(this, voice).press(action));
      });
    };
    synth.addEventListener('voiceschanged', show);
    show();
  }
}

if (!customElements.get('mz-read-aloud')) customElements.define('mz-read-aloud', ReadAloudElement);
