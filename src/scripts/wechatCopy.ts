/**
 * 复制到公众号: the story as formatted text for the official-account editor, built from the
 * page's own rendered article (on the press pack, from the story page, fetched and parsed, never
 * run) and the share panel's data. Only text is taken from the page; src/lib/media/wechatArticle.ts
 * escapes it into HTML with inline styles. Loaded on click by ./wechatShare.ts.
 */
import type { WechatShareData } from '../lib/media/posterText';
import { type ArticleBlock, wechatHtml, wechatPlainText } from '../lib/media/wechatArticle';

/** The clipboard's two forms of the article. */
export interface WechatCopy {
  html: string;
  text: string;
}

/** The body of the story: on its own page, the article; elsewhere, the story page's article. */
async function articleBody(url: string): Promise<Element | null> {
  const own = document.querySelector('article .prose-zh');
  if (own) return own;
  const response = await fetch(new URL(url).pathname);
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('article .prose-zh');
}

const words = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The blocks of the body, in reading order, as text (and image addresses). */
function blocksOf(body: Element): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const element of body.children) {
    const tag = element.tagName.toLowerCase();
    for (const image of element.matches('img') ? [element] : element.querySelectorAll('img')) {
      blocks.push({ kind: 'image', src: image.getAttribute('src') ?? '', alt: image.getAttribute('alt') ?? '' });
    }
    if (/^h[1-6]$/.test(tag)) blocks.push({ kind: 'heading', text: words(element) });
    else if (tag === 'ul' || tag === 'ol') {
      [...element.querySelectorAll(':scope > li')].forEach((item, index) =>
        blocks.push({ kind: 'item', text: tag === 'ol' ? `${index + 1}. ${words(item)}` : words(item) }),
      );
    } else if (tag === 'blockquote') blocks.push({ kind: 'quote', text: words(element) });
    else if (words(element) !== '') blocks.push({ kind: 'paragraph', text: words(element) });
  }
  return blocks;
}

/** The story as HTML and plain text for the clipboard. */
export async function wechatCopy(data: WechatShareData): Promise<WechatCopy> {
  const body = await articleBody(data.url);
  const article = {
    title: data.title,
    summary: data.summary,
    figures: data.figures,
    blocks: body ? blocksOf(body) : [],
    source: data.source,
    licence: data.licence ?? '',
    pageUrl: data.url,
    labels: data.copyLabels ?? { keyFigures: '', pageUrl: '' },
  };
  return { html: wechatHtml(article), text: wechatPlainText(article) };
}

/**
 * The older way to copy, through a `copy` event whose data the page sets: browsers that refuse
 * `navigator.clipboard.write` often allow it in a click. Whether it worked.
 */
function copyByCommand(copy: WechatCopy): boolean {
  let done = false;
  const listener = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', copy.html);
    event.clipboardData.setData('text/plain', copy.text);
    event.preventDefault();
    done = true;
  };
  document.addEventListener('copy', listener);
  try {
    done = document.execCommand('copy') && done;
  } catch {
    done = false;
  } finally {
    document.removeEventListener('copy', listener);
  }
  return done;
}

/** When no copy is allowed: the text in a selected field, for Ctrl+C. */
function showForSelection(copy: WechatCopy, output: HTMLElement): void {
  const field = Object.assign(document.createElement('textarea'), { readOnly: true, rows: 12, value: copy.text });
  field.className = 'w-full rounded border border-line bg-white p-2 text-sm';
  field.setAttribute('aria-label', copy.text.split('\n')[0] ?? '');
  output.replaceChildren(field);
  output.hidden = false;
  field.select();
}

/**
 * Says in the element's status region whether the copy worked. When the clipboard refused the
 * write, tries the older way, and failing that shows the text selected for Ctrl+C.
 */
export async function reportCopy(element: HTMLElement, written: Promise<void>, copy: Promise<WechatCopy>) {
  const status = element.querySelector('[role="status"]');
  const output = element.querySelector<HTMLElement>('[data-output]');
  const say = (text = '') => {
    if (status) status.textContent = text;
  };
  say();
  try {
    await written;
    return say(element.dataset.copied);
  } catch {
    const made = await copy.catch(() => undefined);
    if (made && copyByCommand(made)) return say(element.dataset.copied);
    if (made && output) showForSelection(made, output);
    say(element.dataset.failed);
  }
}
