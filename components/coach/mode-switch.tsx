import { MODES, type Mode } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';

interface ModeSwitchProps {
  mode: Mode;
  t: Translate;
  /** With the click: only a person's own (trusted) click may change the mode the minutes count under. */
  onModeChange(mode: Mode, event: Event): void;
  /** The organisation locked this network's mode: shown, not changeable. */
  locked?: boolean;
}

/** Two pressed/unpressed buttons: switching mode is always exactly one click. */
export function ModeSwitch({ mode, t, onModeChange, locked = false }: ModeSwitchProps) {
  return (
    <div class="sc-mode" role="group" aria-label={t('sidebar_mode_label')}>
      {MODES.map((option) => (
        <button
          key={option}
          type="button"
          class="sc-mode__option"
          aria-pressed={option === mode}
          disabled={locked}
          onClick={(event) => option !== mode && onModeChange(option, event)}
        >
          {t(option === 'work' ? 'sidebar_mode_work' : 'sidebar_mode_personal')}
        </button>
      ))}
    </div>
  );
}
