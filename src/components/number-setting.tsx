import { useId, useState } from 'react';
import type { Translate } from '../i18n/messages.ts';

interface NumberSettingProps {
  label: string;
  hint?: string;
  /** The stored value: shown whenever the field is not being edited. */
  value: number;
  min: number;
  max: number;
  onSave: (value: number) => void;
  t: Translate;
}

/** The whole number in `text` if it is one within [min, max] (no "2.5", "1e1" or "+3"). */
function parseWhole(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/**
 * A whole-number setting. It saves when the learner leaves the field or presses Enter
 * (typing 5000 never stores 500 on the way), and only a whole number in range; anything
 * else gets a message and leaves the stored value as it is. Escape goes back to the stored
 * value. When not being edited, the field shows what is stored, even if another tab or an
 * import changed it.
 */
export function NumberSetting({ label, hint, value, min, max, onSave, t }: NumberSettingProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [rejected, setRejected] = useState(false);
  const text = draft ?? String(value);

  const commit = () => {
    if (draft === null) return;
    const n = parseWhole(draft, min, max);
    if (n === null) {
      setRejected(true);
      return;
    }
    if (n !== value) onSave(n);
    setDraft(null);
    setRejected(false);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={rejected}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(e) => {
          setDraft(e.target.value);
          setRejected(false);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            setDraft(null);
            setRejected(false);
          }
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} className="field-error" aria-live="polite">
        {rejected ? t('settings.wholeError', { min, max, value }) : ''}
      </p>
    </div>
  );
}
