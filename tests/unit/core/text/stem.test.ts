import { describe, it, expect } from 'vitest';
import { affixReadings, AFFIX_RULES, stemsOf } from '../../../../src/core/text/stem';

const shares = (a: string, b: string) =>
  [a, ...stemsOf(a)].some((x) => x === b || stemsOf(b).includes(x));

describe('stemsOf', () => {
  it('gives Indonesian inflections a common stem', () => {
    for (const [a, b] of [
      ['membangun', 'dibangun'],
      ['membangun', 'pembangunan'],
      ['dibangun', 'pembangunan'],
      ['mengirim', 'dikirim'],
      ['memukul', 'dipukul'],
      ['menulis', 'penulis'],
      ['menyapu', 'disapu'],
      ['pendidikan', 'mendidik'],
      ['pekerjaan', 'bekerja'],
      ['rumahnya', 'rumah'],
      ['membersihkan', 'kebersihan'],
    ])
      expect(shares(a!, b!), `${a} ~ ${b}`).toBe(true);
  });

  it('gives English inflections a common stem (Porter)', () => {
    expect(shares('running', 'runs')).toBe(true);
    expect(shares('elections', 'elected')).toBe(true);
  });

  it('keeps short words and unrelated words apart', () => {
    expect(stemsOf('dia')).toEqual([]);
    expect(shares('membangun', 'menulis')).toBe(false);
    expect(shares('jakarta', 'bandung')).toBe(false);
  });

  it('reads the rules from the pack data, not from code', () => {
    const rules = AFFIX_RULES.find((r) => r.code === 'id')!;
    expect(affixReadings('dibangun', { ...rules, prefixes: [] })).not.toContain('bangun');
    expect(affixReadings('dibangun', rules)).toContain('bangun');
  });
});
