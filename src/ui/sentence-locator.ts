// Finds a sentence of the digest inside rendered article HTML, as a DOM Range, so a click on a
// fact can scroll to its sentence and highlight it. White space is compared folded, because the
// rendered HTML and the plain text break lines differently.

interface Position {
  node: Text;
  offset: number;
}

function fold(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (/\s/.test(char)) {
      if (!space && folded.length > 0) {
        folded += ' ';
        map.push(i);
      }
      space = true;
    } else {
      folded += char;
      map.push(i);
      space = false;
    }
  }
  return { folded, map };
}

/** The range of `needle` in the text of `container`, or null when it is not there. */
export function findTextRange(container: Node, needle: string): Range | null {
  const doc = container.ownerDocument ?? (container as Document);
  const walker = doc.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  const haystack = fold(text);
  const target = fold(needle).folded.trim();
  if (!target) return null;
  const at = haystack.folded.indexOf(target);
  if (at < 0) return null;
  const startRaw = haystack.map[at];
  const endRaw = haystack.map[at + target.length - 1];
  if (startRaw === undefined || endRaw === undefined) return null;
  const start = locate(startRaw, nodes, starts);
  const end = locate(endRaw, nodes, starts);
  if (!start || !end) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

function locate(index: number, nodes: Text[], starts: number[]): Position | null {
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= index) low = mid;
    else high = mid - 1;
  }
  const node = nodes[low];
  return node ? { node, offset: index - (starts[low] ?? 0) } : null;
}
