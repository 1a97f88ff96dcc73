// axe-core in a page: its source is evaluated by the driver (DevTools protocol, WebDriver BiDi),
// which the extension pages' CSP does not govern, so nothing about the pages has to be loosened for the test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ShadowHandle, Tab } from './driver';

// The trailing value keeps the driver from serialising what the script's last line returns.
const axeSource = `${readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')}\n;0`;

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const SERIOUS = ['serious', 'critical'];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

function serious(result: AxeResult): Violation[] {
  return result.violations
    .filter((v) => SERIOUS.includes(v.impact ?? ''))
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
}

/** Serious and critical violations on an extension page. */
export async function axePage(page: Tab): Promise<Violation[]> {
  await page.evaluateSource(axeSource);
  const result = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: (c: unknown) => Promise<AxeResult> } }).axe.run(
      document,
    ),
  );
  return serious(result);
}

/**
 * Serious and critical violations inside the reader's closed shadow root. axe cannot enter a
 * closed root, so the test swaps the reader for an open copy of the same nodes and the same
 * adopted style sheets, checks that, and puts the reader back.
 */
export async function axeReader(page: Tab, shadow: ShadowHandle): Promise<Violation[]> {
  await page.evaluateSource(axeSource);
  const result = await shadow.call<AxeResult>(`function () {
    const original = this.host;
    const copy = document.createElement('ringkas-axe-copy');
    const root = copy.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [...this.adoptedStyleSheets];
    for (const node of this.childNodes) root.append(node.cloneNode(true));
    original.replaceWith(copy);
    return axe.run({ include: [['ringkas-axe-copy', '.ringkas-root']] }, { rules: { region: { enabled: false } } }).then((r) => {
      copy.replaceWith(original);
      return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })) };
    });
  }`);
  return serious(result);
}
