import type { Translate } from '@/lib/i18n';
import type { PolicyField } from '@/lib/settings/policy';

/** The mark beside a setting the organisation locked ("Set by your organisation"). */
export function LockedMark({ field, locked, t, platform }: { field: PolicyField; locked: boolean; t: Translate; platform?: string }) {
  return locked ? (
    <span class="op-locked" data-locked={field} data-platform={platform}>
      {t('options_locked')}
    </span>
  ) : null;
}
