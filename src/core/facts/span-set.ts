// Disjoint spans of one sentence (the dates found so far), checked before a new match is taken.
// Kept in text order and searched by halving: a linear scan per match made a sentence of
// 100,000 "Senin (1/12/25)" quadratic (11.5 s). A pattern's matches come in text order, so a
// pass collects them and merges once at its end instead of inserting into the middle each time.
export interface Span {
  start: number;
  end: number;
}

/** Index of the first span that ends after `start` in disjoint spans in text order. */
function firstEndingAfter(spans: readonly Span[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps one of disjoint spans in text order. */
export function overlapsSorted(spans: readonly Span[], start: number, end: number): boolean {
  const next = spans[firstEndingAfter(spans, start)];
  return next !== undefined && next.start < end;
}

export class SpanSet<T extends Span = Span> {
  private items: T[] = [];
  private pending: T[] = [];

  overlaps(start: number, end: number): boolean {
    if (overlapsSorted(this.items, start, end)) return true;
    const last = this.pending[this.pending.length - 1];
    if (last && start < last.end && end > last.start) return true;
    // Out of text order within a pass (never from one regex, but cheap to stay correct).
    return (
      last !== undefined &&
      start < last.start &&
      this.pending.some((x) => start < x.end && end > x.start)
    );
  }

  /** Takes the span unless it overlaps one already taken. */
  add(span: T): boolean {
    if (this.overlaps(span.start, span.end)) return false;
    const last = this.pending[this.pending.length - 1];
    if (last && span.start < last.start) {
      this.flush();
      this.items.splice(firstEndingAfter(this.items, span.start), 0, span);
    } else this.pending.push(span);
    return true;
  }

  /** Ends a pass of one pattern: merges its spans into the taken ones, in linear time. */
  flush(): void {
    if (!this.pending.length) return;
    const a = this.items;
    const b = this.pending;
    const out: T[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
    while (i < a.length) out.push(a[i++]!);
    while (j < b.length) out.push(b[j++]!);
    this.items = out;
    this.pending = [];
  }

  /** The spans in text order. */
  sorted(): T[] {
    this.flush();
    return this.items;
  }
}
