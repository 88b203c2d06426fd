import { PLATFORMS, type Mode, type Platform } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';
import { platformKey } from '../common/labels';
import { LockedMark } from '../common/locked-mark';
import { ModeSwitch } from '../common/mode-switch';

interface ModeSectionProps {
  settings: Settings;
  t: Translate;
  onChange(settings: Settings): void;
  /** Networks whose mode the user's organisation locked: shown, marked, and not editable. */
  lockedPlatforms?: ReadonlySet<Platform>;
}

const NO_PLATFORMS: ReadonlySet<Platform> = new Set();

/** Work or personal: the default, and per platform. The checks section shows what each mode changes per check. */
export function ModeSection({ settings, t, onChange, lockedPlatforms = NO_PLATFORMS }: ModeSectionProps) {
  const setPlatformMode = (platform: (typeof PLATFORMS)[number], mode: Mode) =>
    onChange({ ...settings, platformModes: { ...settings.platformModes, [platform]: mode } });
  return (
    <section class="pg-card" aria-labelledby="op-mode-heading" data-section="mode">
      <h2 id="op-mode-heading">{t('options_mode_heading')}</h2>
      <p>{t('options_mode_intro')}</p>
      <dl class="op-explain">
        <dt>{t('options_mode_work')}</dt>
        <dd>{t('options_mode_work_explain')}</dd>
        <dt>{t('options_mode_personal')}</dt>
        <dd>{t('options_mode_personal_explain')}</dd>
      </dl>
      <div class="pg-row">
        <span>{t('options_default_mode_label')}</span>
        <ModeSwitch mode={settings.defaultMode} label={t('options_default_mode_label')} t={t} onModeChange={(mode) => onChange({ ...settings, defaultMode: mode })} />
      </div>
      <p class="pg-soft">{t('options_default_mode_hint')}</p>
      <h3>{t('options_platform_modes_heading')}</h3>
      <ul class="op-list">
        {PLATFORMS.map((platform) => (
          <li key={platform} class="pg-row" data-platform={platform}>
            <span>{t(platformKey(platform))}</span>
            <ModeSwitch
              mode={settings.platformModes[platform]}
              label={t('options_platform_mode_label', [t(platformKey(platform))])}
              t={t}
              onModeChange={(mode) => setPlatformMode(platform, mode)}
              disabled={lockedPlatforms.has(platform)}
            />
            <LockedMark field="platformModes" locked={lockedPlatforms.has(platform)} t={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}
