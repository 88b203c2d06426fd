import type { Translate } from '@/lib/i18n';
import type { ImportError } from '@/lib/settings/data-file';

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
