import type { Translate } from '@/lib/i18n';
import type { ImportError, ImportWriteError } from '@/lib/settings/data-file';

/** One clear sentence per way an import can fail; each also says nothing was changed. */
export function importErrorMessage(error: ImportError, t: Translate): string {
  switch (error.kind) {
    case 'not-json':
      return t('options_import_not_json');
    case 'foreign':
      return t('options_import_foreign');
    case 'newer-version':
      return t('options_import_newer', [error.version]);
    case 'invalid-field':
      return t('options_import_invalid', [error.path]);
  }
}

const kB = (bytes: number) => Math.ceil(bytes / 1024);

/** Why the background did not write a valid file, and whether anything changed: only a failed rollback changes it. */
export function importWriteErrorMessage(error: ImportWriteError, t: Translate): string {
  switch (error.kind) {
    case 'item-too-large':
    case 'area-full':
      return error.area === 'sync'
        ? t('options_import_sync_quota', [kB(error.bytes), kB(error.limit)])
        : t('options_import_local_quota', [kB(error.bytes), kB(error.limit)]);
    case 'too-many-items':
      return t('options_import_sync_quota', [error.items, error.limit]);
    case 'write-failed':
      return t(error.rolledBack ? 'options_import_write_failed' : 'options_import_partly_written');
  }
}
