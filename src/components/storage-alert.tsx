import type { Translate } from '../i18n/messages';
import type { StorageIssue } from '../store/persist-storage';
import { downloadText } from './download';

const reasonKey = {
  'not-json': 'storage.reason.notJson',
  'bad-shape': 'storage.reason.badShape',
  'future-version': 'storage.reason.futureVersion',
  'unknown-version': 'storage.reason.unknownVersion',
  invalid: 'storage.reason.invalid',
} as const;

interface StorageAlertProps {
  issue: StorageIssue;
  onDismiss: () => void;
  t: Translate;
}

/** Tells the learner what went wrong with their saved data and what was kept. */
export function StorageAlert({ issue, onDismiss, t }: StorageAlertProps) {
  if (issue.kind === 'corrupt') {
    const reason = t(reasonKey[issue.reason], { detail: issue.detail ?? '' });
    return (
      <div role="alert" className="alert alert-error">
        <h2>{t('storage.corrupt.title')}</h2>
        <p>
          {issue.backupKey
            ? t('storage.corrupt.body', { reason, key: issue.backupKey })
            : t('storage.corrupt.bodyNoBackup', { reason })}
        </p>
        <div className="alert-actions">
          <button
            type="button"
            onClick={() => downloadText('api-gateway-flashcards-unreadable.json', issue.raw)}
          >
            {t('storage.download')}
          </button>
          <button type="button" className="secondary" onClick={onDismiss}>
            {t('storage.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  const [title, body] =
    issue.kind === 'write-failed'
      ? (['storage.writeFailed.title', 'storage.writeFailed.body'] as const)
      : (['storage.unavailable.title', 'storage.unavailable.body'] as const);
  return (
    <div role="alert" className="alert alert-warning">
      <h2>{t(title)}</h2>
      <p>{t(body)}</p>
      <div className="alert-actions">
        <button type="button" className="secondary" onClick={onDismiss}>
          {t('storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
