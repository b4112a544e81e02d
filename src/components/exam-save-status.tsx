import { Link } from 'react-router-dom';
import type { Translate } from '../i18n/messages.ts';

interface ExamSaveStatusProps {
  readonly saved: boolean;
  /** Storage refused it for want of room (else: storage is unavailable). */
  readonly full: boolean;
  readonly progressPath: string;
  readonly onRetry: () => void;
  readonly t: Translate;
}

/** Under the score: kept with the progress (a link to the trend), or why not and a retry. */
export function ExamSaveStatus({ saved, full, progressPath, onRetry, t }: ExamSaveStatusProps) {
  if (saved) {
    return (
      <p className="exam-saved">
        {t('mock.saved')} <Link to={progressPath}>{t('mock.savedLink')}</Link>
      </p>
    );
  }
  return (
    <div role="alert" className="exam-unsaved">
      <p>{t(full ? 'mock.unsavedQuota' : 'mock.unsaved')}</p>
      <button type="button" onClick={onRetry}>
        {t('mock.retrySave')}
      </button>
    </div>
  );
}
