import { MODES, PLATFORMS, type Mode, type Platform } from '@/lib/coach/types';
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

/** Every network the organisation did not lock set to `mode`; locked ones keep theirs. */
export function setAllModes(settings: Settings, mode: Mode, locked: ReadonlySet<Platform>): Settings {
  const platformModes = { ...settings.platformModes };
  for (const platform of PLATFORMS) if (!locked.has(platform)) platformModes[platform] = mode;
  return { ...settings, platformModes };
}

/**
 * Work or personal per network, with one row to set them all at once. The checks section shows what each mode changes
 * per check. (There is no default mode: every network has its own, so a default would never be used.)
 */
export function ModeSection({ settings, t, onChange, lockedPlatforms = NO_PLATFORMS }: ModeSectionProps) {
  const setPlatformMode = (platform: (typeof PLATFORMS)[number], mode: Mode) =>
    onChange({ ...settings, platformModes: { ...settings.platformModes, [platform]: mode } });
  const free = PLATFORMS.filter((platform) => !lockedPlatforms.has(platform));
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
      <h3>{t('options_platform_modes_heading')}</h3>
      {free.length > 1 && (
        <div class="pg-row op-all-modes" data-testid="all-modes">
          <span id="op-all-modes">{t('options_all_modes_label')}</span>
          <div class="pg-mode" role="group" aria-labelledby="op-all-modes">
            {MODES.map((mode) => (
              <button
                key={mode}
                type="button"
                data-mode-option={mode}
                aria-pressed={free.every((platform) => settings.platformModes[platform] === mode)}
                onClick={() => onChange(setAllModes(settings, mode, lockedPlatforms))}
              >
                {t(mode === 'work' ? 'options_mode_work' : 'options_mode_personal')}
              </button>
            ))}
          </div>
        </div>
      )}
      {free.length > 1 && lockedPlatforms.size > 0 && <p class="pg-soft">{t('options_all_modes_locked')}</p>}
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
