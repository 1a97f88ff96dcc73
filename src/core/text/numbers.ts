// Numbers in a language's written format: "130.000" and "2,1" in Indonesian, "1,000" and "3.5"
// in English. A lone separator that cannot be a thousands separator (not followed by exactly
// three digits) is read as the decimal mark, whatever the pack says ("2.5 persen").
import type { TextPack } from './packs';

export function parseNumber(
  text: string,
  pack: Pick<TextPack, 'decimal' | 'group'>,
): number | null {
  const s = text.replace(/\s+/g, '');
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const { decimal, group } = pack;
  const hasDecimal = s.includes(decimal);
  const hasGroup = s.includes(group);
  let normal: string;
  if (hasDecimal && hasGroup) {
    // Both: groups before, one decimal mark last ("1.234,5" or "1,234.5").
    const last = s.lastIndexOf(decimal);
    if (s.indexOf(decimal) !== last || s.lastIndexOf(group) > last) return null;
    normal = s.slice(0, last).split(group).join('') + '.' + s.slice(last + 1);
  } else if (hasGroup) {
    const parts = s.split(group);
    const grouped = parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3;
    if (grouped) normal = parts.join('');
    else if (parts.length === 2) normal = parts.join('.');
    else return null;
  } else if (hasDecimal) {
    const parts = s.split(decimal);
    if (parts.length !== 2) return null;
    normal = parts.join('.');
  } else normal = s;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}
