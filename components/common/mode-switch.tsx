import { MODES, type Mode } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';

interface ModeSwitchProps {
  mode: Mode;
  /** Says what the switch is for, e.g. "Mode on LinkedIn". */
  label: string;
  t: Translate;
  onModeChange(mode: Mode): void;
  /** Set by the user's organisation: shown, not changeable. */
  disabled?: boolean;
}

/** Work or personal as two pressed/unpressed buttons: switching is one click. */
export function ModeSwitch({ mode, label, t, onModeChange, disabled = false }: ModeSwitchProps) {
  return (
    <div class="pg-mode" role="group" aria-label={label}>
      {MODES.map((option) => (
        <button key={option} type="button" data-mode-option={option} aria-pressed={option === mode} disabled={disabled} onClick={() => option !== mode && onModeChange(option)}>
          {t(option === 'work' ? 'options_mode_work' : 'options_mode_personal')}
        </button>
      ))}
    </div>
  );
}
