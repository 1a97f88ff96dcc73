// What the library does to the articles chosen: select, mark read or unread, delete, tag; and
// export (all or the selection, in a chosen format) and import.
import { useState } from 'preact/hooks';
import type { Translate } from '../contracts/i18n';
import { LabelledSelect } from '../ui/labelled-select';

export type ExportFormat = 'json' | 'markdown' | 'html' | 'epub';
export const EXPORT_FORMATS: ExportFormat[] = ['json', 'markdown', 'html', 'epub'];

export interface SelectionToolsProps {
  t: Translate;
  busy: boolean;
  selectedIds: string[];
  allShownSelected: boolean;
  onSelectShown: (on: boolean) => void;
  onSetRead: (ids: string[], read: boolean) => void;
  onDelete: (ids: string[]) => void;
  onAddTag: (ids: string[], tag: string) => void;
}

export function SelectionTools(props: SelectionToolsProps) {
  const { t, busy, selectedIds } = props;
  const [bulkTag, setBulkTag] = useState('');
  const none = !selectedIds.length || busy;
  return (
    <div class="selection">
      <label class="check">
        <input
          type="checkbox"
          checked={props.allShownSelected}
          onChange={(e) => props.onSelectShown(e.currentTarget.checked)}
        />
        {t('library_selectShown')}
      </label>
      <span>{t('library_selectedCount', [selectedIds.length])}</span>
      <button type="button" disabled={none} onClick={() => props.onSetRead(selectedIds, true)}>
        {t('library_markRead')}
      </button>
      <button type="button" disabled={none} onClick={() => props.onSetRead(selectedIds, false)}>
        {t('library_markUnread')}
      </button>
      <button
        type="button"
        class="danger"
        disabled={none}
        onClick={() => props.onDelete(selectedIds)}
      >
        {t('library_deleteSelected')}
      </button>
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (bulkTag.trim() && selectedIds.length) props.onAddTag(selectedIds, bulkTag.trim());
          setBulkTag('');
        }}
      >
        <label for="bulk-tag">{t('library_addTagLabel')}</label>
        <input
          id="bulk-tag"
          value={bulkTag}
          maxLength={64}
          onInput={(e) => setBulkTag(e.currentTarget.value)}
        />
        <button type="submit" disabled={none}>
          {t('library_addTag')}
        </button>
      </form>
    </div>
  );
}

export interface TransferToolsProps {
  t: Translate;
  busy: boolean;
  hasRows: boolean;
  selectedIds: string[];
  onExport: (format: ExportFormat, ids: string[] | null) => void;
  onImport: (file: File) => void;
}

export function TransferTools({
  t,
  busy,
  hasRows,
  selectedIds,
  onExport,
  onImport,
}: TransferToolsProps) {
  const [format, setFormat] = useState<ExportFormat>('json');
  return (
    <div class="transfer">
      <LabelledSelect
        id="export-format"
        label={t('library_exportFormat')}
        value={format}
        fieldClass={null}
        options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`library_format_${f}`) }))}
        onChange={(value) => setFormat(value as ExportFormat)}
      />
      <button type="button" disabled={busy || !hasRows} onClick={() => onExport(format, null)}>
        {t('library_exportAll')}
      </button>
      <button
        type="button"
        disabled={busy || !selectedIds.length}
        onClick={() => onExport(format, selectedIds)}
      >
        {t('library_exportSelected')}
      </button>
      <label class="file-button" for="import-file">
        {t('library_importLabel')}
      </label>
      <input
        id="import-file"
        class="visually-hidden-file"
        type="file"
        accept=".json,.zip,application/json,application/zip"
        disabled={busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onImport(file);
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}
