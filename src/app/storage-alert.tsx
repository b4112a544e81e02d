import { downloadText } from '../components/download.ts';
import type { Translate } from '../i18n/messages.ts';
import type { SaveStatus, StorageIssue } from '../store/engine.ts';

interface StorageAlertProps {
  issue: StorageIssue;
  onDismiss: () => void;
  t: Translate;
}

function recoveredText(issue: Extract<StorageIssue, { kind: 'damaged' }>, t: Translate): string {
  if (issue.unknown > 0) {
    return t('storage.damaged.unknownLost', { recovered: issue.recovered, parts: issue.unknown });
  }
  if (issue.lost > 0) {
    return t('storage.damaged.someLost', { recovered: issue.recovered, lost: issue.lost });
  }
  return t('storage.damaged.allRecovered', { recovered: issue.recovered });
}

/** Tells the learner what went wrong with their saved data, and what was kept. */
export function StorageAlert({ issue, onDismiss, t }: StorageAlertProps) {
  if (issue.kind === 'damaged') {
    return (
      <div role="alert" className="alert alert-error">
        <h2>{t('storage.damaged.title')}</h2>
        <p>{recoveredText(issue, t)}</p>
        <p>
          {issue.backupKeys.length > 0 ? t('storage.damaged.kept') : t('storage.damaged.notKept')}
        </p>
        <div className="alert-actions">
          <button
            type="button"
            onClick={() => downloadText('apigw-flashcards-damaged-data.json', issue.download)}
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
    issue.kind === 'newer'
      ? (['storage.newer.title', 'storage.newer.body'] as const)
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

interface SaveAlertProps {
  status: SaveStatus;
  onDismiss: () => void;
  /** Saves everything in memory to a backup file. */
  onExport: () => void;
  t: Translate;
}

/** A refused write (with what is kept and a way out), then word that it was saved after all. */
export function SaveAlert({ status, onDismiss, onExport, t }: SaveAlertProps) {
  if (status.kind === 'recovered') {
    return (
      <div role="status" className="alert alert-ok">
        <p>{t('storage.saved')}</p>
        <div className="alert-actions">
          <button type="button" className="secondary" onClick={onDismiss}>
            {t('storage.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div role="alert" className="alert alert-warning">
      <h2>{t('storage.writeFailed.title')}</h2>
      <p>
        {t('storage.writeFailed.body', {
          reason: t(
            status.reason === 'quota' ? 'storage.reason.quota' : 'storage.reason.unavailable',
          ),
          count: status.unsaved,
        })}
      </p>
      <div className="alert-actions">
        <button type="button" onClick={onExport}>
          {t('backup.exportNow')}
        </button>
      </div>
    </div>
  );
}
