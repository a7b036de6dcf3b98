import { describe, expect, test } from 'vitest';
import { countedCharacters, measuredPieces, overlapWith } from '../../scripts/lib/overlap';

// An "original" and its retellings, all written for these tests.
const ORIGINAL = `示范社区去年新建了一座图书室，每周开放六天，
居民可以免费借阅图书。社区还组织“邻里读书会”活动，每月举办两次，
参加的居民累计超过三百人次。`;

const compare = overlapWith(ORIGINAL);

describe('what is counted', () => {
  test('letters and digits of any script; spaces, line breaks and punctuation are dropped', () => {
    expect(countedCharacters('每周开放六天，\n居民 可以 A1！')).toBe('每周开放六天居民可以A1');
  });

  test('text inside “”, 《》 and ‘’ is cut out, and the cut breaks the run', () => {
    expect(measuredPieces('社区组织“邻里读书会”活动，出版《社区读本》一册')).toEqual(['社区组织', '活动出版', '一册']);
  });
});

describe('overlap with the original', () => {
  test('a copied sentence is one long shared run, and all of the body is shared', () => {
    const report = compare('居民可以免费借阅图书。');
    expect(report.longest[0]).toEqual({ text: '居民可以免费借阅图书', length: 10 });
    expect(report.share).toBe(0);
    const copied = compare('示范社区去年新建了一座图书室，每周开放六天，居民可以免费借阅图书。');
    expect(copied.longest[0]?.length).toBe(30);
    expect(copied.share).toBe(1);
  });

  test('a run crosses the original’s line breaks and punctuation', () => {
    const report = compare('每周开放六天居民可以免费借阅');
    expect(report.longest[0]?.length).toBe(14);
  });

  test('a quoted name does not count, even when the original has it', () => {
    const report = compare('每月两次的“邻里读书会”，是社区的一项常设活动。');
    expect(report.longest.every((run) => !run.text.includes('邻里读书会'))).toBe(true);
    expect(report.measured).toBe(countedCharacters('每月两次的是社区的一项常设活动').length);
  });

  test('a retelling in new words keeps names and figures and shares only short runs', () => {
    const report = compare(
      '这座图书室是去年建成的，除一天外天天开门，借书不收钱。读书会一个月办两回，到场的人次已过三百。',
    );
    expect(report.longest[0]?.length ?? 0).toBeLessThan(6);
    expect(report.share).toBe(0);
  });

  test('the share counts only runs of at least minRun characters', () => {
    const text = '居民可以免费借阅图书，此外别无新意。';
    expect(compare(text, { minRun: 12 }).inSharedRuns).toBe(0);
    expect(compare(text, { minRun: 8 }).inSharedRuns).toBe(10);
  });

  test('the longest runs are listed once each, longest first, at most `top`', () => {
    const report = compare('居民可以免费借阅图书。居民可以免费借阅图书。每月举办两次。', { top: 2 });
    expect(report.longest.map((run) => run.length)).toEqual([10, 6]);
  });
});
