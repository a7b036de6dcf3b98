/**
 * Sheet cells and CSV fields, run on thousands of generated strings: whatever a cell holds, the
 * importer's check never throws, refuses what is too long, invisible or formula-like, quotes at
 * most a short piece of the cell in its message, and prints nothing a terminal would run; and no
 * text the site writes into its CSV exports opens in a spreadsheet as a live formula.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cellProblem, controlCharacter, formulaStart, LIMITS } from '../../scripts/lib/import/cellCheck';
import { printable } from '../../scripts/lib/import/terminalText';
import { csvField, csvFile } from '../../src/lib/text';

const RUNS = { numRuns: 2_000 };
/** Cells as people and attackers fill them: names, formulas, escapes, controls, long pastes. */
const cell = fc.oneof(
  fc.constantFrom(
    '团结广场',
    '=HYPERLINK("http://evil.example","点此")',
    '＝1+1',
    '+86 472 000',
    '@SUM(A1)',
    '\t=1',
    '\u001B[2J\u001B]0;owned\u0007',
    '\u009B31m',
    'a\u000Bb',
    '\u202Eevil',
    '\uD800',
  ),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'), fc.string({ maxLength: 40 }))
    .map(([start, rest]) => start + rest),
  fc.integer({ min: 90, max: 5_000 }).map((n) => '长'.repeat(n)),
);
/** Terminal control: ESC, C1 controls, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u001B\u0080-\u009F\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B-\u001F\u007F]/u;

describe('a sheet cell', () => {
  test('is checked without throwing, refused when too long, invisible or formula-like, and quoted short', () => {
    fc.assert(
      fc.property(cell, fc.boolean(), (text, isName) => {
        const problem = cellProblem(text, '名称', isName);
        const limit = isName ? LIMITS.name : LIMITS.cell;
        if ([...text].length > limit || controlCharacter(text) || (isName && formulaStart(text))) {
          expect(problem).toBeDefined();
        }
        if (problem === undefined) return;
        // The message is about the cell, not the cell itself: at most a short quotation.
        expect([...problem].length).toBeLessThanOrEqual(200);
        expect(printable(problem)).not.toMatch(TERMINAL_CONTROL);
      }),
      RUNS,
    );
  });

  test('prints without anything a terminal would run', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(printable(text)).not.toMatch(TERMINAL_CONTROL);
      }),
      RUNS,
    );
  });
});

describe('a CSV export', () => {
  test('opens every text as the text it is: no field starts like a formula, and every field reads back', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const width = Math.max(...rows.map((row) => row.length));
        const table = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
        const read = parse(csvFile(table), { bom: true, relax_column_count: false }) as string[][];
        expect(read).toHaveLength(table.length);
        read.forEach((row, r) =>
          row.forEach((field, c) => {
            // A plain number (`-12.5`, `+0`) is read as that number; anything else formula-like is not.
            if (!/^[-+]?\d+(?:\.\d+)?$/.test(field)) expect(field).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
            // A lone half of a UTF-16 pair cannot be written as UTF-8: the file has U+FFFD there
            // (the content checks refuse such text before it reaches an export).
            const original = (table[r]?.[c] ?? '').replace(/\p{Cs}/gu, '\uFFFD');
            // The only change is the leading apostrophe that keeps a formula-like text a text.
            expect(field === original || field === `'${original}`).toBe(true);
          }),
        );
      }),
      { numRuns: 500 },
    );
  });

  test('keeps numbers numbers, negative ones included', () => {
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (n) => {
        expect(csvField(n)).toBe(String(n));
      }),
    );
  });
});
