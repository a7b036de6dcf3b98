import { describe, expect, test } from 'vitest';
import { ELDER_MODE_SCRIPT, MODE_STORAGE_KEY } from '../../src/lib/elderMode';

/**
 * Runs the head script as a page would, at `href`, with `stored` in localStorage (`refuse`:
 * storage throws, as in some private modes), and returns the mode it set, what it stored and the
 * address it left.
 */
function run(href: string, stored?: string, { refuse = false } = {}) {
  const storage: Record<string, string> = stored ? { [MODE_STORAGE_KEY]: stored } : {};
  const localStorage = refuse
    ? new Proxy(storage, {
        get: () => {
          throw new Error('SecurityError');
        },
        set: () => {
          throw new Error('SecurityError');
        },
      })
    : storage;
  let address = href;
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: URL) => {
      address = String(url);
    },
  };
  const root = { dataset: {} as Record<string, string> };
  new Function('location', 'localStorage', 'history', 'document', ELDER_MODE_SCRIPT)(
    new URL(href),
    localStorage,
    history,
    { documentElement: root },
  );
  return { mode: root.dataset.mode, stored: storage[MODE_STORAGE_KEY], address };
}

const PAGE = 'https://example.org/stories/a/';

describe('the elder-mode head script', () => {
  test('standard when nothing is chosen; the stored choice otherwise', () => {
    expect(run(PAGE)).toEqual({ mode: 'standard', stored: undefined, address: PAGE });
    expect(run(PAGE, 'elder').mode).toBe('elder');
    expect(run(PAGE, 'standard').mode).toBe('standard');
    expect(run(PAGE, 'something else').mode).toBe('standard');
  });

  test('?mode=elder and ?mode=standard choose, store, and leave the address', () => {
    expect(run(`${PAGE}?mode=elder`)).toEqual({ mode: 'elder', stored: 'elder', address: PAGE });
    expect(run(`${PAGE}?mode=standard`, 'elder')).toEqual({ mode: 'standard', stored: 'standard', address: PAGE });
  });

  test('the rest of the address stays, the planner’s travel mode included', () => {
    const plan = 'https://example.org/plan/?stops=a%2Cb&mode=walk';
    expect(run(plan, 'elder')).toEqual({ mode: 'elder', stored: 'elder', address: plan });
    expect(run(`${plan}&mode=elder#top`).address).toBe(`${plan}#top`);
  });

  test('with storage refused, the address still chooses, for that page', () => {
    expect(run(`${PAGE}?mode=elder`, undefined, { refuse: true }).mode).toBe('elder');
    expect(run(PAGE, undefined, { refuse: true }).mode).toBe('standard');
  });

  test('the #elder fragment is for pages without scripts: with them the stored choice holds', () => {
    expect(run(`${PAGE}#elder`).mode).toBe('standard');
  });
});
