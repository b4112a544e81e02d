import type { MessageKey, Translate } from '../i18n/messages';
import type { StorageIssue } from '../store/persist-storage';
import { downloadText } from './download';

const reasonKey = {
  'not-json': 'storage.reason.notJson',
  'bad-shape': 'storage.reason.badShape',
  'future-version': 'storage.reason.futureVersion',
  'unknown-version': 'storage.reason.unknownVersion',
  invalid: 'storage.reason.invalid',
} as const;

const OTHER_ISSUES: Readonly<
  Record<Exclude<StorageIssue['kind'], 'corrupt'>, readonly [MessageKey, MessageKey]>
> = {
  'write-failed': ['storage.writeFailed.title', 'storage.writeFailed.body'],
  unavailable: ['storage.unavailable.title', 'storage.unavailable.body'],
  'newer-elsewhere': ['storage.newer.title', 'storage.newer.body'],
};

interface StorageAlertProps {
  issue: StorageIssue;
  onDismiss: () => void;
  /** Saves everything in memory to a backup file. */
  onExport: () => void;
  t: Translate;
}

/** Tells the learner what went wrong with their saved data and what was kept. */
export function StorageAlert({ issue, onDismiss, onExport, t }: StorageAlertProps) {
  if (issue.kind === 'corrupt') {
    const reason = t(reasonKey[issue.reason], { detail: issue.detail ?? '' });
    return (
      <div role="alert" className="alert alert-error">
        <h2>{t('storage.corrupt.title')}</h2>
        <p>
          {issue.reason === 'future-version'
            ? t('storage.corrupt.bodyFuture', { key: issue.backupKey ?? '-' })
            : issue.backupKey
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
  const [title, body] = OTHER_ISSUES[issue.kind];
  return (
    <div role="alert" className="alert alert-warning">
      <h2>{t(title)}</h2>
      <p>{t(body)}</p>
      <div className="alert-actions">
        <button type="button" onClick={onExport}>
          {t('backup.exportNow')}
        </button>
        <button type="button" className="secondary" onClick={onDismiss}>
          {t('storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
