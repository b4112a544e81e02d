import { useState } from 'react';
import type { Translate } from '../i18n/messages.ts';
import { ModalDialog } from './modal-dialog.tsx';

interface ResetProgressProps {
  reviews: number;
  cards: number;
  /** Downloads a backup, then resets; resolves with the backup's file name. */
  onReset: () => Promise<string>;
  t: Translate;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'failed' };

/** Reset progress: a confirmation, then a backup download, then the reset. */
export function ResetProgress({ reviews, cards, onReset, t }: ResetProgressProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const empty = reviews === 0 && cards === 0;

  const confirm = async () => {
    setStep({ kind: 'working' });
    try {
      setStep({ kind: 'done', file: await onReset() });
    } catch {
      setStep({ kind: 'failed' });
    }
  };

  return (
    <>
      <p>{empty ? t('settings.resetEmpty') : t('settings.resetBody', { reviews, cards })}</p>
      {!empty && (
        <button type="button" className="danger" onClick={() => setStep({ kind: 'confirm' })}>
          {t('settings.resetButton')}
        </button>
      )}
      <div role="status">
        {step.kind === 'working' && <p>{t('settings.resetWorking')}</p>}
        {step.kind === 'done' && <p>{t('settings.resetDone', { file: step.file })}</p>}
      </div>
      {step.kind === 'failed' && (
        <p role="alert" className="alert alert-error">
          {t('settings.resetFailed')}
        </p>
      )}
      {step.kind === 'confirm' && (
        <ModalDialog
          labelledBy="reset-title"
          className="confirm-dialog"
          onClose={() => setStep({ kind: 'idle' })}
        >
          <h2 id="reset-title">{t('settings.resetConfirmTitle')}</h2>
          <p>{t('settings.resetConfirmBody', { reviews, cards })}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void confirm()}>
              {t('settings.resetConfirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setStep({ kind: 'idle' })}>
              {t('settings.resetCancel')}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
