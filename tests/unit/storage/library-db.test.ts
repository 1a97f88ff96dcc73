// Reading every row in slices (the page decodes each slice in its own small task): every row
// once, whatever the slice size.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { makeSavedArticle } from '../../../src/core/collection/record';
import { toRow } from '../../../src/core/collection/library-row';
import { LibraryDb, readAllRows } from '../../../src/storage/library-db';
import { sampleArticle } from '../core/collection/sample-article';

describe('readAllRows', () => {
  it('reads every row once, in slices of any size', async () => {
    const db = new LibraryDb('rows-test', new IDBFactory(), IDBKeyRange);
    const rows = Array.from({ length: 7 }, (_, i) =>
      toRow(makeSavedArticle(sampleArticle(i), `id-${i}`, 1000 + i)),
    );
    await db.rows.bulkPut(rows);
    const ids = rows.map((r) => r.id).sort();
    for (const slice of [1, 2, 3, 7, 8, 1000])
      expect((await readAllRows(db, slice)).map((r) => r.id)).toEqual(ids);
    db.close();
  });
});
