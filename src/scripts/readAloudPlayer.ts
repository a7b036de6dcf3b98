/**
 * The read-aloud player of `<mz-read-aloud>` (./readAloud.ts), loaded on the first press: speaks
 * the title and body of the page's article (its `h1` and the blocks of `.prose-zh`), one short
 * utterance at a time. 朗读 starts a reading and, pressed again, ends it; 暂停 pauses and resumes
 * it; 停止 ends it. `aria-pressed` on the first two says what is going on, and speech stops when
 * the page is left.
 */
import { speechChunks } from '../lib/speech/speechChunks';

type State = 'idle' | 'playing' | 'paused';

const players = new WeakMap<HTMLElement, Player>();

/** The player of `root`, made on first use. */
export function playerFor(root: HTMLElement, voice: SpeechSynthesisVoice): Player {
  let player = players.get(root);
  if (!player) {
    player = new Player(root, voice);
    players.set(root, player);
  }
  return player;
}

class Player {
  private state: State = 'idle';
  /** Counts readings, so that the end of a cancelled one is not taken for the end of the next. */
  private reading = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly voice: SpeechSynthesisVoice,
  ) {
    addEventListener('pagehide', () => this.stop());
  }

  /** Handles a press of the button whose `data-action` is `action` (`play`, `pause` or `stop`). */
  press(action: string) {
    if (action === 'play') {
      if (this.state === 'idle') this.play();
      else this.stop();
    } else if (action === 'pause') {
      if (this.state === 'playing') {
        speechSynthesis.pause();
        this.set('paused');
      } else if (this.state === 'paused') {
        speechSynthesis.resume();
        this.set('playing');
      }
    } else this.stop();
  }

  private play() {
    const reading = ++this.reading;
    const article = this.root.closest('article') ?? document.querySelector('main');
    const blocks = article ? [...article.querySelectorAll<HTMLElement>('h1, .prose-zh > *')] : [];
    const chunks = blocks.flatMap((block) => speechChunks(block.innerText));
    speechSynthesis.cancel();
    chunks.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = this.voice;
      utterance.lang = this.voice.lang;
      if (index === chunks.length - 1) {
        utterance.addEventListener('end', () => {
          if (reading === this.reading) this.set('idle');
        });
      }
      speechSynthesis.speak(utterance);
    });
    this.set('playing');
  }

  private stop() {
    if (this.state === 'idle') return;
    this.reading++;
    speechSynthesis.cancel();
    // Chromium keeps a paused engine paused after cancel(), and would not speak the next reading.
    speechSynthesis.resume();
    this.set('idle');
  }

  private set(state: State) {
    this.state = state;
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      const { action } = button.dataset;
      if (action === 'play') button.setAttribute('aria-pressed', String(state !== 'idle'));
      if (action === 'pause') button.setAttribute('aria-pressed', String(state === 'paused'));
      if (action !== 'play') button.disabled = state === 'idle';
    }
  }
}
