import type { Translate } from '../i18n/messages.ts';
import { NumberSetting } from './number-setting.tsx';

/** The study settings this section shows and changes. */
export interface StudySettingsValues {
  readonly newPerDay: number;
  readonly maxReviewsPerDay: number;
  readonly retention: number;
  readonly dayStart: number;
  readonly learnAheadMinutes: number;
  readonly bury: boolean;
  readonly quiz: boolean;
}

interface StudySettingsProps {
  values: StudySettingsValues;
  onChange: (patch: Partial<StudySettingsValues>) => void;
  t: Translate;
}

/** Daily limits, retention, when the day starts, learn-ahead, burying, quiz mode. */
export function StudySettings({ values, onChange, t }: StudySettingsProps) {
  const check = (key: 'bury' | 'quiz', label: string, hint: string) => (
    <div className="field field-check">
      <input
        id={key}
        type="checkbox"
        checked={values[key]}
        aria-describedby={`${key}-hint`}
        onChange={(e) => onChange({ [key]: e.target.checked })}
      />
      <label htmlFor={key}>{label}</label>
      <p id={`${key}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
  return (
    <>
      <NumberSetting
        label={t('settings.newPerDay')}
        hint={t('settings.newPerDayHint')}
        value={values.newPerDay}
        min={0}
        max={999}
        onSave={(newPerDay) => onChange({ newPerDay })}
        t={t}
      />
      <NumberSetting
        label={t('settings.maxReviews')}
        hint={t('settings.maxReviewsHint')}
        value={values.maxReviewsPerDay}
        min={0}
        max={9999}
        onSave={(maxReviewsPerDay) => onChange({ maxReviewsPerDay })}
        t={t}
      />
      <NumberSetting
        label={t('settings.retention')}
        hint={t('settings.retentionHint')}
        value={Math.round(values.retention * 100)}
        min={80}
        max={97}
        onSave={(percent) => onChange({ retention: percent / 100 })}
        t={t}
      />
      <NumberSetting
        label={t('settings.dayStart')}
        hint={t('settings.dayStartHint')}
        value={values.dayStart}
        min={0}
        max={23}
        onSave={(dayStart) => onChange({ dayStart })}
        t={t}
      />
      <NumberSetting
        label={t('settings.learnAhead')}
        hint={t('settings.learnAheadHint')}
        value={values.learnAheadMinutes}
        min={0}
        max={120}
        onSave={(learnAheadMinutes) => onChange({ learnAheadMinutes })}
        t={t}
      />
      {check('bury', t('settings.bury'), t('settings.buryHint'))}
      {check('quiz', t('settings.quiz'), t('settings.quizHint'))}
    </>
  );
}
