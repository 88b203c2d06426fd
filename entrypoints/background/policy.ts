import { applyPolicy, unlockedChanges, type Policy } from '@/lib/settings/policy';
import { policyAppliedItem, policyItem, settingsItem } from '@/lib/storage';

/**
 * An organisation's values that are set but not locked are a starting point: each goes into the user's settings
 * once (on install, or when the organisation changes it), and the user may change it after. Locked values need no
 * writing: every read of the settings puts them in force (lib/storage.ts).
 */
async function applyUnlocked(policy: Policy): Promise<void> {
  const last = await policyAppliedItem.getValue();
  const { values, applied } = unlockedChanges(policy, last);
  if (Object.keys(values).length > 0) {
    const settings = await settingsItem.getValue();
    await settingsItem.setValue(applyPolicy(settings, { values, locked: new Set() }, 'all'));
  }
  if (JSON.stringify(applied) !== JSON.stringify(last)) await policyAppliedItem.setValue(applied);
}

export function startPolicy(): void {
  policyItem.watch((policy) => void applyUnlocked(policy).catch((error: unknown) => console.warn('Social Coach: policy', error)));
  void policyItem.getValue().then(applyUnlocked).catch((error: unknown) => console.warn('Social Coach: policy', error));
}
