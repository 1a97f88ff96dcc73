// @vitest-environment jsdom
import { describe, it, expect, afterEach } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { LibraryPage, type LibraryPageProps } from '../../../src/library/library-page';
import { savedView } from './saved-view';
import { makeSavedArticle } from '../../../src/core/collection/record';
import { toRow } from '../../../src/core/collection/library-row';
import { LibrarySearch } from '../../../src/core/collection/search-index';
import { translator } from '../../../src/contracts/locales';
import { sampleArticle } from '../core/collection/sample-article';

const t = translator('en');
const records = Array.from({ length: 60 }, (_, i) =>
  makeSavedArticle(
    sampleArticle(
      i,
      { siteName: i % 2 ? 'Odd News' : 'Even News' },
      i === 7 ? 'Ganjar Pranowo' : `Siti ${i}`,
    ),
    `id-${i}`,
    1000 + i,
  ),
);
const rows = records.map(toRow);
const index = LibrarySearch.build(records);

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(over: Partial<LibraryPageProps> = {}) {
  const calls: string[] = [];
  const props: LibraryPageProps = {
    t,
    locale: 'en',
    rows,
    complete: true,
    searchReady: true,
    search: (q) => Promise.resolve(index.search(q).map((h) => h.id)),
    status: null,
    busy: false,
    onUndo: () => calls.push('undo'),
    onDismiss: () => calls.push('dismiss'),
    onSetRead: (ids, read) => calls.push(`read:${ids.join(',')}:${read}`),
    onDelete: (ids) => calls.push(`delete:${ids.join(',')}`),
    onAddTag: (ids, tag) => calls.push(`tag:${ids.join(',')}:${tag}`),
    onExport: (format, ids) => calls.push(`export:${format}:${ids ? ids.join(',') : 'all'}`),
    onImport: () => calls.push('import'),
    ...over,
  };
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(<LibraryPage {...props} />, host));
  return calls;
}

const titles = () => Array.from(host.querySelectorAll('.items h2'), (h) => h.textContent);
function type(label: string, value: string) {
  const input = host.querySelector<HTMLInputElement>(`#${label}`)!;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('LibraryPage', () => {
  it('shows the newest 50 first, with labelled controls', () => {
    mount();
    expect(titles().length).toBe(50);
    expect(titles()[0]).toBe('Jembatan baru nomor 59 diresmikan');
    expect(host.querySelector('h1')?.textContent).toBe('Ringkas library');
    for (const control of host.querySelectorAll('input, select')) {
      const labelled =
        control.getAttribute('aria-label') ||
        host.querySelector(`label[for="${control.id}"]`) ||
        control.closest('label');
      expect(labelled, control.id || control.className).toBeTruthy();
    }
    expect(host.querySelector('[role="status"][aria-live="polite"]')).toBeTruthy();
  });

  it('finds an article by a person from its facts, with a typo', async () => {
    mount();
    type('library-search', 'Ganjar Pranowi');
    // The search worker answers later (here at once, in a microtask).
    await act(async () => {
      await Promise.resolve();
    });
    expect(titles()).toEqual(['Jembatan baru nomor 7 diresmikan']);
  });

  it('says how far the search index is built, and that search is not ready yet', () => {
    mount({ searchReady: false, indexing: { done: 200, total: 450 } });
    const hint = host.querySelector('#search-wait')!;
    expect(hint.textContent).toBe('Preparing search: 200 of 450 articles indexed…');
    expect(hint.querySelector('progress')?.getAttribute('value')).toBe('200');
    expect(host.querySelector('#library-search')!.getAttribute('aria-describedby')).toBe(
      'search-wait',
    );
  });

  it('filters by site', () => {
    mount();
    const select = host.querySelector<HTMLSelectElement>('#filter-site')!;
    act(() => {
      select.value = 'Odd News';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(titles().length).toBe(30);
    expect(titles().every((title) => Number(title?.match(/\d+/)?.[0]) % 2 === 1)).toBe(true);
  });

  it('deletes, offers undo in the live region, and exports a selection', () => {
    const calls = mount({ status: { kind: 'deleted', count: 1 } });
    const first = host.querySelector('.items li')!;
    act(() => first.querySelector<HTMLButtonElement>('.item-actions .danger')!.click());
    expect(calls).toContain('delete:id-59');
    const live = host.querySelector('[role="status"]')!;
    expect(live.textContent).toContain('Deleted 1 article.');
    act(() => live.querySelector('button')!.click());
    expect(calls).toContain('undo');
    act(() => first.querySelector<HTMLInputElement>('.item-check')!.click());
    const exportSelected = Array.from(host.querySelectorAll('button')).find(
      (b) => b.textContent === 'Export selected',
    )!;
    act(() => exportSelected.click());
    expect(calls).toContain('export:json:id-59');
  });
});

describe('SavedArticleView', () => {
  it('renders the sanitised HTML into its body with the facts card', () => {
    const record = {
      ...records[7]!,
      html: '<p>Isi artikel</p><script>window.bad = 1</script><img src=x onerror="window.bad=1">',
    };
    host = document.createElement('div');
    document.body.append(host);
    act(() => render(savedView(record), host));
    const body = host.querySelector('.article-content')!;
    expect(body.textContent).toBe('Isi artikel');
    expect(body.querySelector('script, [onerror]')).toBeNull();
    expect(host.querySelector('.facts-person .fact-label')?.textContent).toBe('Ganjar Pranowo');
    expect(host.querySelector('h1')?.textContent).toBe(record.title);
    expect(document.activeElement).toBe(host.querySelector('h1'));
  });
});

describe('one broken record (issue 13, item 2)', () => {
  const view = (record: (typeof records)[number], onDelete = () => {}) =>
    savedView(record, { onDelete });

  it('leaves the rest of the list standing', () => {
    const broken = { ...rows[0]!, savedAt: 9e15, publishedAt: null, topFacts: null };
    mount({ rows: [broken as unknown as (typeof rows)[number], ...rows.slice(1)] });
    // The other 49 of the first page stand; the broken one says so and can still be deleted.
    expect(titles()).toHaveLength(49);
    expect(host.querySelector('.item.broken')?.textContent).toContain(t('library_recordBroken'));
  });

  it('shows a message in the reading view, keeps Delete, and the next article is its own', () => {
    const broken = {
      ...records[3]!,
      digest: { ...records[3]!.digest, facts: { ...records[3]!.digest.facts, people: null } },
    } as unknown as (typeof records)[number];
    const dated = {
      ...records[4]!,
      digest: {
        ...records[4]!.digest,
        facts: {
          ...records[4]!.digest.facts,
          dates: [{ text: 'Desember', iso: '2025-13', sentence: 0, confidence: 1 }],
        },
      },
    };
    host = document.createElement('div');
    document.body.append(host);
    let deleted = 0;
    act(() =>
      render(
        view(broken, () => deleted++),
        host,
      ),
    );
    expect(host.textContent).toContain(t('library_recordBroken'));
    const del = Array.from(host.querySelectorAll('button')).find(
      (b) => b.textContent === t('library_delete'),
    )!;
    act(() => del.click());
    expect(deleted).toBe(1);
    act(() => render(view(dated), host));
    expect(host.querySelector('h1')?.textContent).toBe(dated.title);
    expect(host.textContent).not.toContain(t('library_recordBroken'));
    act(() => render(view(records[7]!), host));
    expect(host.querySelector('h1')?.textContent).toBe(records[7]!.title);
    expect(host.querySelector('.facts-person .fact-label')?.textContent).toBe('Ganjar Pranowo');
  });
});
