import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

type InputAttributes = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'onChange'>;

interface TypedInputProps extends InputAttributes {
  /** What is stored, shown whenever nothing is being typed. */
  value: string;
  /** The typed text is done (Enter, or leaving the field): store it if it is valid. The field then shows what is stored. */
  onCommit(text: string): void;
}

/**
 * A settings field that keeps what is being typed until it is committed: a re-render meanwhile (a save of another
 * field landing, settings changed elsewhere) would otherwise put the stored value back over text that isn't valid yet.
 */
export function TypedInput({ value, onCommit, ...input }: TypedInputProps) {
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <input
      {...input}
      value={typing ?? value}
      onInput={(event) => setTyping(event.currentTarget.value)}
      onChange={(event) => {
        onCommit(event.currentTarget.value);
        setTyping(null);
        // What is stored until the new settings render (text that was refused stays this way).
        event.currentTarget.value = value;
      }}
    />
  );
}

/** A whole number in [min, max] from what was typed in a number field, or null for anything else (not stored). */
export function wholeNumber(text: string, min: number, max: number): number | null {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}
