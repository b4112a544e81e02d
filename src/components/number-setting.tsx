import { useId, useState } from 'react';
import type { Translate } from '../i18n/messages';

interface NumberSettingProps {
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onSave: (value: number) => void;
  t: Translate;
}

/** A whole-number setting that saves on change when valid and says why when not. */
export function NumberSetting({
  label,
  hint,
  value,
  min,
  max,
  step = 1,
  onSave,
  t,
}: NumberSettingProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const parsed = Number(draft);
  const valid = draft.trim() !== '' && Number.isFinite(parsed) && parsed >= min && parsed <= max;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={draft}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max) onSave(n);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} className="field-error" aria-live="polite">
        {valid ? '' : t('settings.rangeError', { min, max })}
      </p>
    </div>
  );
}
