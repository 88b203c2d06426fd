import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { parseExportFile, type ExportFile, type ImportOutcome, type StoredData } from '@/lib/settings/data-file';
import { MAX_IMPORT_FILE_BYTES } from '@/lib/settings/quotas';
import { importErrorMessage, importWriteErrorMessage } from './import-messages';

interface DataSectionProps {
  t: Translate;
  /** Everything stored, as the export file; the section turns it into a download. */
  getExport(): Promise<ExportFile>;
  /** Writes validated data, all or nothing; rejects when the background refuses it (nothing written). */
  onImport(data: StoredData): Promise<ImportOutcome>;
  onReset(): Promise<void>;
}

type Status = { kind: 'ok' | 'error'; message: string } | null;

/** Offers a file to the browser's downloads without any permission. */
function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `social-coach-${file.exportedAt.slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export, import (checked completely before anything is written) and reset with a confirmation step. */
export function DataSection({ t, getExport, onImport, onReset }: DataSectionProps) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Not even read: an export of 30 days and a week of history is a few kB.
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      return setStatus({ kind: 'error', message: t('options_import_file_too_large', [Math.ceil(file.size / 1024 / 1024), MAX_IMPORT_FILE_BYTES / 1024 / 1024]) });
    }
    const result = parseExportFile(await file.text());
    if (!result.ok) return setStatus({ kind: 'error', message: importErrorMessage(result.error, t) });
    let outcome: ImportOutcome;
    try {
      outcome = await onImport(result.data);
    } catch {
      return setStatus({ kind: 'error', message: t('options_import_failed') });
    }
    setStatus(outcome.ok ? { kind: 'ok', message: t('options_import_done') } : { kind: 'error', message: importWriteErrorMessage(outcome.error, t) });
  };
  const reset = async () => {
    setConfirming(false);
    try {
      await onReset();
      setStatus({ kind: 'ok', message: t('options_reset_done') });
    } catch {
      setStatus({ kind: 'error', message: t('options_reset_failed') });
    }
  };

  return (
    <section class="pg-card" aria-labelledby="op-data-heading" data-section="data">
      <h2 id="op-data-heading">{t('options_data_heading')}</h2>
      <p class="pg-soft">{t('options_data_intro')}</p>
      <div class="pg-row">
        <button type="button" data-testid="export" onClick={() => void getExport().then(download)}>
          {t('options_export')}
        </button>
        {/* The native file button speaks the browser's language; this label speaks the user's. */}
        <label class="op-file">
          {t('options_import')}
          <input
            type="file"
            class="pg-visually-hidden"
            accept="application/json,.json"
            data-testid="import"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
      </div>
      <div class="pg-row">
        {confirming ? (
          <>
            <span id="op-reset-question">{t('options_reset_question')}</span>
            <button type="button" class="pg-danger" aria-describedby="op-reset-question" onClick={() => void reset()}>
              {t('options_reset_confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('options_reset_cancel')}
            </button>
          </>
        ) : (
          <button type="button" class="pg-danger" onClick={() => setConfirming(true)}>
            {t('options_reset')}
          </button>
        )}
      </div>
      <p role="status" data-testid="data-status" class={status?.kind === 'error' ? 'pg-note' : status ? 'pg-status' : ''}>
        {status?.message ?? ''}
      </p>
    </section>
  );
}
