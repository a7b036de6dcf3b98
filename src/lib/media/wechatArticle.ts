/**
 * A story as formatted text for the WeChat official-account editor (公众号后台, 135编辑器, 秀米),
 * which keeps inline styles but drops classes, stylesheets, scripts and links to other sites:
 * HTML with inline styles only and absolute image addresses, and the same as plain text. Every
 * string is content and is escaped here; nothing from it becomes markup. Pure, browser-safe: the
 * browser builds it from the page's rendered article when the reader asks to copy.
 */
import { escapeHtml, stripControlCharacters } from '../text';

/** One block of the article body, as text. */
export type ArticleBlock =
  { kind: 'heading' | 'paragraph' | 'item' | 'quote'; text: string } | { kind: 'image'; src: string; alt: string };

/** What the copied article holds. */
export interface WechatArticle {
  title: string;
  summary: string;
  /** Key figures, one `label：value` each. */
  figures: string[];
  blocks: ArticleBlock[];
  /** The source line, `出处：…`. */
  source: string;
  /** The licence line, `许可：…`. */
  licence: string;
  /** The page's absolute public address: the base of relative image addresses, and the credit. */
  pageUrl: string;
  labels: { keyFigures: string; pageUrl: string };
}

const INK = '#1f1a17';
const MUTED = '#5c524b';
const ACCENT = '#a3231f';

/** Inline styles, by element: the editor keeps `style` and nothing else. */
const STYLE = {
  section: `font-size:16px;line-height:1.75;color:${INK};letter-spacing:0.5px`,
  title: `font-size:22px;font-weight:bold;line-height:1.4;margin:0 0 12px`,
  summary: `font-size:15px;color:${MUTED};margin:0 0 16px`,
  heading: `font-size:18px;font-weight:bold;color:${ACCENT};margin:24px 0 8px;padding-left:8px;border-left:4px solid ${ACCENT}`,
  paragraph: 'margin:0 0 12px;text-align:justify',
  item: 'margin:0 0 6px;padding-left:1em',
  quote: `margin:0 0 12px;padding:8px 12px;border-left:3px solid #d9d0c7;color:${MUTED}`,
  figures: 'margin:16px 0;padding:12px;background-color:#f7e7e4;border-radius:4px',
  figure: 'margin:0 0 4px;font-size:15px',
  image: 'display:block;max-width:100%;height:auto;margin:12px auto',
  caption: `font-size:13px;color:${MUTED};text-align:center;margin:0 0 12px`,
  small: `font-size:13px;color:${MUTED};margin:0 0 6px`,
} as const;

/** Text for element content: control characters dropped, markup characters escaped. */
const text = (value: string) => escapeHtml(stripControlCharacters(value).trim());

/**
 * An image address as the editor must get it: absolute, resolved against the page, and only
 * `http:` or `https:` (a `javascript:` or `data:` address is dropped with its image).
 */
export function absoluteImageUrl(src: string, pageUrl: string): string | undefined {
  try {
    const url = new URL(src, pageUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const p = (style: string, value: string) => `<p style="${style}">${text(value)}</p>`;

function blockHtml(block: ArticleBlock, pageUrl: string): string {
  switch (block.kind) {
    case 'heading':
      return `<h2 style="${STYLE.heading}">${text(block.text)}</h2>`;
    case 'paragraph':
      return p(STYLE.paragraph, block.text);
    case 'item':
      return p(STYLE.item, `· ${block.text}`);
    case 'quote':
      return p(STYLE.quote, block.text);
    case 'image': {
      const src = absoluteImageUrl(block.src, pageUrl);
      if (!src) return '';
      const img = `<img src="${escapeHtml(src)}" alt="${text(block.alt)}" style="${STYLE.image}">`;
      return block.alt.trim() ? `${img}${p(STYLE.caption, block.alt)}` : img;
    }
  }
}

/** The article as HTML for the editor: one `<section>`, inline styles only, everything escaped. */
export function wechatHtml(article: WechatArticle): string {
  const parts = [
    `<h1 style="${STYLE.title}">${text(article.title)}</h1>`,
    article.summary.trim() ? p(STYLE.summary, article.summary) : '',
    article.figures.length > 0
      ? `<section style="${STYLE.figures}"><p style="${STYLE.figure}"><strong>${text(article.labels.keyFigures)}</strong></p>${article.figures.map((figure) => p(STYLE.figure, figure)).join('')}</section>`
      : '',
    ...article.blocks.map((block) => blockHtml(block, article.pageUrl)),
    `<section style="margin-top:24px">${[
      article.source,
      article.licence,
      `${article.labels.pageUrl}：${article.pageUrl}`,
    ]
      .filter((line) => line.trim() !== '')
      .map((line) => p(STYLE.small, line))
      .join('')}</section>`,
  ];
  return `<section style="${STYLE.section}">${parts.join('')}</section>`;
}

/** The article as plain text, for editors that take no formatting. */
export function wechatPlainText(article: WechatArticle): string {
  const blockText = (block: ArticleBlock) => {
    if (block.kind === 'image') return '';
    if (block.kind === 'item') return `· ${block.text.trim()}`;
    return block.text.trim();
  };
  const sections = [
    article.title,
    article.summary,
    article.figures.length > 0 ? [article.labels.keyFigures, ...article.figures].join('\n') : '',
    article.blocks.map(blockText).filter(Boolean).join('\n\n'),
    [article.source, article.licence, `${article.labels.pageUrl}：${article.pageUrl}`].filter(Boolean).join('\n'),
  ];
  return stripControlCharacters(
    `${sections
      .map((part) => part.trim())
      .filter(Boolean)
      .join('\n\n')}\n`,
  );
}
