import { describe, expect, test } from 'vitest';
import { invalidNotice, NOTICE_VALUE_LIMIT, NOTICE_VALUES_MAX, noticeValue } from '../../src/lib/text';

const TEMPLATE = '网址中的筛选条件“{value}”无法识别，已忽略。';

describe('what a notice quotes from the URL', () => {
  test('a short value is quoted as it is', () => {
    expect(invalidNotice(['region=atlantis'], TEMPLATE)).toBe('网址中的筛选条件“region=atlantis”无法识别，已忽略。');
  });

  test('a long value is cut to the limit with an ellipsis, counting characters, not bytes', () => {
    const quoted = noticeValue('本站已迁移请致电'.repeat(100));
    expect([...quoted]).toHaveLength(NOTICE_VALUE_LIMIT + 1);
    expect(quoted.endsWith('…')).toBe(true);
  });

  test('line breaks, bidi overrides and zero-width characters are dropped', () => {
    expect(noticeValue('a\nb\u202Ec\u200Bd\u0000e')).toBe('abcde');
    expect(noticeValue('  x \t  y ')).toBe('x y');
  });

  test('each value once, and no more than the maximum, whatever the URL holds', () => {
    const values = Array.from({ length: 500 }, (_, i) => `v${i % 50}=${'长'.repeat(i)}`);
    const notice = invalidNotice([...values, ...values], TEMPLATE);
    expect(notice.match(/无法识别/g)).toHaveLength(NOTICE_VALUES_MAX);
    expect(notice.length).toBeLessThanOrEqual(NOTICE_VALUES_MAX * (TEMPLATE.length + NOTICE_VALUE_LIMIT + 2));
    expect(invalidNotice(['a', 'a', 'a'], TEMPLATE).match(/无法识别/g)).toHaveLength(1);
    expect(invalidNotice([], TEMPLATE)).toBe('');
  });

  test('placeholders in a value are not filled again', () => {
    expect(invalidNotice(['{value}'], TEMPLATE)).toBe('网址中的筛选条件“{value}”无法识别，已忽略。');
  });
});
