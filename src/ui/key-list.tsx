// The keys of the reading view, listed when the reader presses `?` (issue 15, item 1).
import type { Translate } from '../contracts/i18n';

export function KeyList({ t, id }: { t: Translate; id: string }) {
  const rows: [string[], string][] = [
    [[t('keyNameSpace'), 'PgDn', 'PgUp'], 'keysScrollPage'],
    [['↓', '↑'], 'keysScrollLine'],
    [['Home', 'End'], 'keysEnds'],
    [['Tab', 'Shift+Tab'], 'keysTab'],
    [['H'], 'keysHighlight'],
    [['Esc'], 'keysClose'],
    [['?'], 'keysHelp'],
  ];
  return (
    <section class="key-list" id={id} aria-label={t('readerKeys')}>
      <dl>
        {rows.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((key, i) => (
                <>
                  {i > 0 && ' / '}
                  <kbd>{key}</kbd>
                </>
              ))}
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
