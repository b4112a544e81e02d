import type { Translate } from '../i18n/messages.ts';

interface ExamSettingsProps {
  examDate: string | null;
  examPace: boolean;
  onChange: (patch: { examDate?: string | null; examPace?: boolean }) => void;
  t: Translate;
}

/** The exam date, and whether today's new-card limit follows the exam plan. */
export function ExamSettings({ examDate, examPace, onChange, t }: ExamSettingsProps) {
  return (
    <>
      <div className="field">
        <label htmlFor="exam-date">{t('settings.examDate')}</label>
        <input
          id="exam-date"
          type="date"
          value={examDate ?? ''}
          aria-describedby="exam-date-hint"
          onChange={(e) => onChange({ examDate: e.target.value || null })}
        />
        <p id="exam-date-hint" className="hint">
          {t('settings.examHint')}
        </p>
      </div>
      <div className="field field-check">
        <input
          id="exam-pace"
          type="checkbox"
          checked={examPace}
          aria-describedby="exam-pace-hint"
          onChange={(e) => onChange({ examPace: e.target.checked })}
        />
        <label htmlFor="exam-pace">{t('settings.examPace')}</label>
        <p id="exam-pace-hint" className="hint">
          {t('settings.examPaceHint')}
        </p>
      </div>
    </>
  );
}
