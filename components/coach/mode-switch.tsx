import { MODES, type Mode } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';

interface ModeSwitchProps {
  mode: Mode;
  t: Translate;
  onModeChange(mode: Mode): void;
}

/** Two pressed/unpressed buttons: switching mode is always exactly one click. */
export function ModeSwitch({ mode, t, onModeChange }: ModeSwitchProps) {
  return (
    <div class="sc-mode" role="group" aria-label={t('sidebar_mode_label')}>
      {MODES.map((option) => (
        <button
          key={option}
          type="button"
          class="sc-mode__option"
          aria-pressed={option === mode}
          onClick={() => option !== mode && onModeChange(option)}
        >
          {t(option === 'work' ? 'sidebar_mode_work' : 'sidebar_mode_personal')}
        </button>
      ))}
    </div>
  );
}
