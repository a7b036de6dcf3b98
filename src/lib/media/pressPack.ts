/**
 * The press pack of a story: copy-ready plain text and Markdown with the title, summary, body,
 * key figures, images with their credits, and the source line a republisher must keep.
 *
 * In the Markdown, every text taken from the content (title, summary, figures, captions, credits,
 * source line, licence) is escaped, so that `*`, `[`, `<` or an HTML tag in it show as written
 * rather than as formatting or raw HTML, and every link is encoded so that no character in it
 * ends the link early. The body is Markdown already and is kept as written.
 *
 * Build time only; works on a story's data and the Markdown of its body.
 */
import { formatDate, formatFigure, figureContext } from '../format';
import { escapeMarkdown, markdownUrl, stripControlCharacters } from '../text';

/** What the press pack is made of. */
export interface PressInput {
  title: string;
  summary: string;
  /** The story's body as written in its MDX file (Markdown). */
  body: string;
  keyFigures: { label: string; value: number | string; unit?: string | undefined; note?: string | undefined }[];
  images: { src: string; alt: string; caption?: string | undefined; credit: string; licence?: string | undefined }[];
  source: {
    publication: string;
    date: Date;
    page?: string | undefined;
    originalTitle?: string | undefined;
    suppliedBy?: string | undefined;
    url?: string | undefined;
  };
  licence: string;
  /** Absolute URL of the story's page on the site. */
  pageUrl: string;
  /** Base for absolute image URLs. */
  site: URL | string;
}

/** Labels of the press pack, from the dictionary. */
export interface PressLabels {
  keyFigures: string;
  images: string;
  source: string;
  originalTitle: string;
  licence: string;
  credit: string;
  pageUrl: string;
  retold: string;
}

/** Markdown → plain text: headings, list markers, emphasis and links lose their markup. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^(\s*)[-*+]\s+/, '$1· ')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1（$2）')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(\*|_)(\S.*?)\1/g, '$2')
        .replace(/`([^`]+)`/g, '$1')
        .trimEnd(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The source line: `内蒙古日报，2022年10月14日，第08版，自治区民委供稿。原题：《…》`. */
export function sourceLine(source: PressInput['source'], originalTitleLabel: string): string {
  const parts = [source.publication, formatDate(source.date), source.page, source.suppliedBy].filter(Boolean);
  const title = source.originalTitle ? `${originalTitleLabel}：《${source.originalTitle}》` : '';
  return `${parts.join('，')}。${title}`;
}

/** A key figure as one line: `label：value（context）`. */
export const figureLine = (figure: PressInput['keyFigures'][number]) => {
  const context = figureContext(figure.note);
  return `${figure.label}：${formatFigure(figure)}${context ? `（${context}）` : ''}`;
};

const imageCredit = (image: PressInput['images'][number], labels: PressLabels) =>
  [`${labels.credit}：${image.credit}`, image.licence && `${labels.licence}：${image.licence}`]
    .filter(Boolean)
    .join('；');

/** The press pack as plain text. */
export function pressText(input: PressInput, labels: PressLabels): string {
  const sections = [input.title, input.summary, markdownToPlainText(input.body)];
  if (input.keyFigures.length > 0) {
    sections.push([`${labels.keyFigures}`, ...input.keyFigures.map((f) => `· ${figureLine(f)}`)].join('\n'));
  }
  if (input.images.length > 0) {
    sections.push(
      [
        labels.images,
        ...input.images.map(
          (image) =>
            `· ${image.caption ?? image.alt}（${imageCredit(image, labels)}）${new URL(image.src, input.site).href}`,
        ),
      ].join('\n'),
    );
  }
  sections.push(
    [
      `${labels.source}：${sourceLine(input.source, labels.originalTitle)}`,
      input.source.url ?? '',
      labels.retold,
      `${labels.licence}：${input.licence}`,
      `${labels.pageUrl}：${input.pageUrl}`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return stripControlCharacters(`${sections.join('\n\n')}\n`);
}

/** The press pack as Markdown. */
export function pressMarkdown(input: PressInput, labels: PressLabels): string {
  const md = escapeMarkdown;
  const sections = [`# ${md(input.title)}`, `**${md(input.summary)}**`, input.body.trim()];
  if (input.keyFigures.length > 0) {
    sections.push([`## ${labels.keyFigures}`, '', ...input.keyFigures.map((f) => `- ${md(figureLine(f))}`)].join('\n'));
  }
  if (input.images.length > 0) {
    sections.push(
      [
        `## ${labels.images}`,
        ...input.images.map(
          (image) =>
            `\n![${md(image.alt)}](${markdownUrl(new URL(image.src, input.site).href)})\n\n${md(image.caption ?? '')}（${md(imageCredit(image, labels))}）`,
        ),
      ].join('\n'),
    );
  }
  const url = input.source.url;
  const original = url && URL.canParse(url) ? `[${labels.source}](${markdownUrl(url)})` : labels.source;
  sections.push(
    [
      `---`,
      '',
      `${original}：${md(sourceLine(input.source, labels.originalTitle))}`,
      '',
      labels.retold,
      '',
      `${labels.licence}：${md(input.licence)}`,
      '',
      `${labels.pageUrl}：<${markdownUrl(input.pageUrl)}>`,
    ].join('\n'),
  );
  return stripControlCharacters(`${sections.join('\n\n')}\n`);
}
