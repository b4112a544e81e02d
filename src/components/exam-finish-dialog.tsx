import type { Translate } from '../i18n/messages.ts';
import { ModalDialog } from './modal-dialog.tsx';

interface ExamFinishDialogProps {
  unanswered: number;
  flagged: number;
  onFinish: () => void;
  onBack: () => void;
  t: Translate;
}

/** Asked before finishing with questions unanswered or flagged for review. */
export function ExamFinishDialog({
  unanswered,
  flagged,
  onFinish,
  onBack,
  t,
}: ExamFinishDialogProps) {
  return (
    <ModalDialog labelledBy="exam-finish-title" className="confirm-dialog" onClose={onBack}>
      <h2 id="exam-finish-title">{t('mock.confirmTitle')}</h2>
      {unanswered > 0 && <p>{t('mock.confirmUnanswered', { count: unanswered })}</p>}
      {flagged > 0 && <p>{t('mock.confirmFlagged', { count: flagged })}</p>}
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('mock.confirmBack')}
        </button>
        <button type="button" className="primary" onClick={onFinish}>
          {t('mock.confirmFinish')}
        </button>
      </div>
    </ModalDialog>
  );
}
