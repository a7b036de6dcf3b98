import { describe, expect, it } from 'vitest';
import { htmlTokens, type RawText, type StartTag } from '../../../src/lib/security/htmlTokens';

const tags = (html: string) =>
  htmlTokens(html)
    .filter((token): token is StartTag => token.kind === 'start')
    .map((token) => token.name);
const raw = (html: string) =>
  htmlTokens(html)
    .filter((token): token is RawText => token.kind === 'raw')
    .map((token) => [token.element.name, token.text]);

describe('htmlTokens', () => {
  it('reads a quoted attribute value to its closing quote, whatever markup it holds', () => {
    const html = '<meta content="标题</script><script>alert(1)</script>"><p title=\'<b onclick=x>\'>x</p>';
    expect(tags(html)).toEqual(['meta', 'p']);
    expect(htmlTokens(html)[0]).toMatchObject({
      attributes: [{ name: 'content', value: '标题</script><script>alert(1)</script>' }],
    });
  });

  it('reads titles and textareas as text up to their end tag', () => {
    expect(tags('<title>a<script>b()</script></title><textarea><p style="x"></textarea><i>')).toEqual([
      'title',
      'textarea',
      'i',
    ]);
  });

  it('skips comments, including the short forms a browser closes at once', () => {
    expect(tags('<!-- <script>a()</script> --><!--><b><!---><u><!-- x --!><s>')).toEqual(['b', 'u', 's']);
  });

  it('ends a script at its end tag, not at one inside an escaped comment-like block', () => {
    expect(raw('<script>a("</scripts>")</script>')).toEqual([['script', 'a("</scripts>")']]);
    const escaped = '<!--<script>x()</script>-->y()';
    expect(raw(`<script>${escaped}</script><p>`)).toEqual([['script', escaped]]);
    expect(tags(`<script>${escaped}</script><p>`)).toEqual(['script', 'p']);
    expect(raw('<script><!-->a()</script>')).toEqual([['script', '<!-->a()']]);
  });

  it('lower-cases names, decodes attribute values and numbers lines', () => {
    const [tag] = htmlTokens('\n\n<SCRIPT TYPE="&#109;odule" data-x=a&amp;b>');
    expect(tag).toMatchObject({
      name: 'script',
      line: 3,
      attributes: [
        { name: 'type', value: 'module' },
        { name: 'data-x', value: 'a&b' },
      ],
    });
  });

  it('drops a tag the document ends inside, as a browser does', () => {
    expect(tags('<p>x</p><a href="unterminated')).toEqual(['p']);
  });

  it('marks elements inside SVG as foreign, where style and script are not raw text', () => {
    const tokens = htmlTokens('<svg><style>a</style></svg><style>b</style>');
    expect(tokens.filter((token) => token.kind === 'start').map((token) => [token.name, token.foreign])).toEqual([
      ['svg', false],
      ['style', true],
      ['style', false],
    ]);
    expect(raw('<svg><style>a</style></svg><style>b</style>')).toEqual([['style', 'b']]);
  });
});
