import type { Translate } from '@/lib/i18n';
import type { PolicyField } from '@/lib/settings/policy';

/** The mark beside a setting the organisation locked ("Set by your organisation"); nothing where it is not locked. */
export function LockedMark({ field, locked, t, platform }: { field: PolicyField; locked: boolean; t: Translate; platform?: string }) {
  return locked ? (
    <span class="pg-locked" data-locked={field} data-platform={platform}>
      {t('options_locked')}
    </span>
  ) : null;
}

/** `mark(field)` for a page whose locked settings are one set (the budget in the options and the welcome page). */
export const lockedMarks = (locked: ReadonlySet<PolicyField>, t: Translate) => (field: PolicyField) => <LockedMark field={field} locked={locked.has(field)} t={t} />;
