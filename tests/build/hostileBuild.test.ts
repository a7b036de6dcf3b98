/**
 * The real content with hostile text in its fields (a copy under .tmp-tests, used by this test
 * only), built for real: the text shows as text on the pages, nothing in it adds a script, an
 * event handler or a hash to the security policy, every XML file still parses, and the CSV export
 * holds no live formula. The policy is compared with a build of the same content with plain text
 * in those fields (both builds have one route, which the real content does not have yet).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { type DefaultTreeAdapterMap, parse as parseHtml } from 'parse5';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCAL_SITE_URL } from '../../src/lib/paths';

const root = join(import.meta.dirname, '../..');
const work = join(root, '.tmp-tests', 'hostile-build');
const contentDir = '.tmp-tests/hostile-build/content';
const outDir = join(work, 'dist');
const cleanContentDir = '.tmp-tests/hostile-build/clean-content';
const cleanDir = join(work, 'clean-dist');

/** Strings that have broken sites: markup, script breakouts, CDATA ends, formulas, template syntax. */
const HOSTILE = {
  title: '巴彦淖尔</script><script>alert("title")</script>“测试”',
  summary: '摘要 <img src=x onerror=alert("summary")> & ]]> &amp; <![CDATA[x]]> ${x} {{x}} __proto__',
  tag: '<b onmouseover=alert("tag")>标签</b>',
  unitName: '=HYPERLINK("http://evil.example","点此")',
  alias: '</title><script>alert("alias")</script>',
  address: '"><svg onload=alert("address")>',
  routeName: "线路'\"><iframe src=javascript:alert('route')>",
};
const MARKERS = [
  'alert("title")',
  'alert("summary")',
  'alert("tag")',
  'alert("alias")',
  'alert("address")',
  "alert('route')",
];

const yaml = (text: string) => JSON.stringify(text);
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => ext.test(file))
    .map((file) => join(dir, file));

/** The content copied to `dir`, with `text` in the fields the hostile build fills, and a route. */
function writeContent(dir: string, text: typeof HOSTILE) {
  cpSync(join(root, 'content'), join(root, dir), { recursive: true });
  const edit = (file: string, change: (source: string) => string) => {
    const path = join(root, dir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  edit('stories/bayannur-power-company.mdx', (source) =>
    source
      .replace(/^title: .*$/m, `title: ${yaml(text.title)}`)
      .replace(/^summary: .*$/m, `summary: ${yaml(text.summary)}`)
      .replace(/^tags: \[/m, `tags: [${yaml(text.tag)}, `),
  );
  edit('units/bt-tuanjie-square.mdx', (source) =>
    source
      .replace(/^name: .*$/m, `name: ${yaml(text.unitName)}`)
      .replace(/^aliases:\n/m, `aliases:\n- ${yaml(text.alias)}\n`)
      .replace(/^address: .*$/m, `address: ${yaml(text.address)}`),
  );
  writeFileSync(
    join(root, dir, 'routes', 'test-route.mdx'),
    [
      '---',
      'id: test-route',
      `name: ${yaml(text.routeName)}`,
      `theme: ${yaml(text.tag)}`,
      'kind: suggestion',
      'stops:',
      '- unit: bt-tuanjie-square',
      '  minutes: 30',
      `  note: ${yaml(text.summary)}`,
      '- unit: bt-aerding-1-community',
      '  minutes: 45',
      '---',
      '',
      '测试用线路。',
      '',
    ].join('\n'),
  );
}

function build(dir: string, out: string) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: LOCAL_SITE_URL },
    encoding: 'utf8',
    timeout: 280_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output.slice(-3000)).toBe(0);
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeContent(contentDir, HOSTILE);
  writeContent(cleanContentDir, {
    title: '巴彦淖尔供电公司的创建做法',
    summary: '摘要。',
    tag: '标签',
    unitName: '青山区团结广场',
    alias: '团结广场',
    address: '青山区',
    routeName: '测试线路',
  });
  build(contentDir, outDir);
  build(cleanContentDir, cleanDir);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every Content-Security-Policy value a build's header files set, in file order. */
function policies(dir: string): string[] {
  const texts = [join(dir, '_headers'), ...files(join(dir, '_nginx'), /\.conf$/)].map((file) =>
    readFileSync(file, 'utf8'),
  );
  return texts.flatMap((text) => [...text.matchAll(/Content-Security-Policy:? "?([^"\n]+)"?/g)].map((m) => m[1] ?? ''));
}

describe('a build of hostile content', () => {
  test('has the same security policy as the build of the clean content: no hash comes from text', () => {
    const hostile = policies(outDir);
    expect(hostile.length).toBeGreaterThan(0);
    expect(hostile).toEqual(policies(cleanDir));
  });

  test('adds no script and no event handler to any page, and shows the text as text', () => {
    type Node = DefaultTreeAdapterMap['node'];
    const found: string[] = [];
    const walk = (node: Node, page: string) => {
      if ('tagName' in node) {
        for (const attr of node.attrs) {
          if (/^on/i.test(attr.name) || /^javascript:/i.test(attr.value.trim()))
            found.push(`${page}: ${attr.name}=${attr.value}`);
        }
        const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        const type = node.attrs.find((attr) => attr.name === 'type')?.value ?? '';
        if (node.tagName === 'script' && /json/.test(type)) {
          // A data block holds the text JSON-encoded, and still parses: the text did not end it.
          expect(() => JSON.parse(text), `${page}: <script type="${type}">`).not.toThrow();
        } else if (['script', 'iframe', 'svg', 'style'].includes(node.tagName)) {
          if (MARKERS.some((marker) => text.includes(marker)))
            found.push(`${page}: <${node.tagName}> ${text.slice(0, 80)}`);
        }
      }
      const children = 'childNodes' in node ? node.childNodes : [];
      const content = 'content' in node ? [node.content] : [];
      for (const child of [...children, ...content]) walk(child as Node, page);
    };
    const pages = files(outDir, /\.html$/);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) walk(parseHtml(readFileSync(page, 'utf8')) as Node, page.slice(outDir.length));
    expect(found).toEqual([]);

    const story = parseHtml(readFileSync(join(outDir, 'stories/bayannur-power-company/index.html'), 'utf8'));
    const text = (node: Node): string =>
      'value' in node && node.nodeName === '#text'
        ? node.value
        : ('childNodes' in node ? node.childNodes : []).map((child) => text(child as Node)).join('');
    const h1 = (node: Node): Node | undefined =>
      'tagName' in node && node.tagName === 'h1'
        ? node
        : ('childNodes' in node ? node.childNodes : []).map((child) => h1(child as Node)).find(Boolean);
    const heading = h1(story as Node);
    expect(heading && text(heading).trim()).toBe(HOSTILE.title);
  });

  test('writes every XML file well-formed: feeds, sitemaps, GPX and KML', () => {
    const xml = files(outDir, /\.(xml|gpx|kml)$/);
    expect(xml.map((file) => file.slice(outDir.length)).sort()).toEqual(
      expect.arrayContaining([
        '/atom.xml',
        '/rss.xml',
        '/exports/points.gpx',
        '/exports/points.kml',
        '/exports/routes/test-route.gpx',
      ]),
    );
    for (const file of xml) {
      const errors: string[] = [];
      const document = new DOMParser({
        onError: (level, message) => {
          if (level !== 'warning') errors.push(`${file.slice(outDir.length)}: ${message}`);
        },
      }).parseFromString(readFileSync(file, 'utf8'), 'text/xml');
      expect(errors).toEqual([]);
      expect(document.documentElement).toBeTruthy();
    }
    // The text is text in the feeds: the title comes back as written.
    const rss = new DOMParser().parseFromString(readFileSync(join(outDir, 'rss.xml'), 'utf8'), 'text/xml');
    const titles = [...Array.from(rss.getElementsByTagName('title'))].map((node) => node.textContent);
    expect(titles).toContain(HOSTILE.title);
  });

  test('writes JSON files that parse, with the text as written', () => {
    for (const file of files(outDir, /\.json$/).filter((f) => !f.includes('/pagefind/'))) {
      expect(() => JSON.parse(readFileSync(file, 'utf8')), file).not.toThrow();
    }
    const feed = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8')) as { items: { title: string }[] };
    expect(feed.items.map((item) => item.title)).toContain(HOSTILE.title);
  });

  test('exports CSV with no live formula: the formula-like name opens as text', () => {
    const csvs = files(outDir, /\.csv$/);
    expect(csvs.length).toBeGreaterThan(0);
    const fields = csvs.flatMap((file) => (parseCsv(readFileSync(file, 'utf8'), { bom: true }) as string[][]).flat());
    const live = fields.filter((field) => /^[=+\-@\t\r＝＋－＠]/.test(field) && !/^[-+]?\d+(?:\.\d+)?$/.test(field));
    expect(live).toEqual([]);
    expect(fields).toContain(`'${HOSTILE.unitName}`);
  });
});
