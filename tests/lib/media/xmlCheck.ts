/**
 * Well-formedness of a generated XML file, for the feed and export tests: an XML parser's errors,
 * plus the characters XML 1.0 forbids outright (which the parser lets through) and the control
 * characters no output of the site may carry.
 */
import { DOMParser } from '@xmldom/xmldom';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/u;

/** What is wrong with `xml` as an XML document; empty when it is well-formed. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const forbidden = FORBIDDEN.exec(xml);
  if (forbidden) problems.push(`control character U+${forbidden[0].codePointAt(0)?.toString(16).padStart(4, '0')}`);
  if (!xml.isWellFormed()) problems.push('lone surrogate');
  if (/\]\]>/.test(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))) problems.push(']]> outside CDATA');
  try {
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    problems.push(String(error));
  }
  return problems;
}

/** The document, parsed (after {@link xmlProblems} has found nothing wrong). */
export const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
