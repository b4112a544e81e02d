import type { ImportState } from '../app/use-backup.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import type { ImportMode } from '../store/app-store.ts';
import type { ImportError, Problem } from '../store/backup.ts';

interface BackupSectionProps {
  lastExportAt: number | null;
  state: ImportState;
  onExport: () => void;
  onFile: (file: File) => void;
  onApply: (mode: ImportMode) => void;
  onCancel: () => void;
  lang: Lang;
  t: Translate;
}

function problemText(problem: Problem, t: Translate): string {
  const subject =
    problem.where === 'review'
      ? t('backup.subject.review', { item: problem.item ?? '' })
      : problem.where === 'card'
        ? t('backup.subject.card', { item: problem.item ?? '' })
        : problem.where === 'undone'
          ? t('backup.subject.undone')
          : problem.where === 'attempt'
            ? t('backup.subject.attempt', { item: problem.item ?? '' })
            : t('backup.subject.file');
  return t(`backup.problem.${problem.field}`, { subject });
}

function errorText(error: ImportError, t: Translate): string {
  switch (error.code) {
    case 'too-large':
      return t('backup.error.tooLarge', { mb: (error.bytes / 1024 / 1024).toFixed(1) });
    case 'not-json':
      return t('backup.error.notJson');
    case 'forbidden-key':
      return t('backup.error.forbiddenKey', { key: error.key });
    case 'not-backup':
      return t('backup.error.notBackup');
    case 'future-version':
      return t('backup.error.futureVersion', { version: error.version });
    case 'unknown-version':
      return t('backup.error.unknownVersion', { version: error.version });
    case 'invalid':
      return problemText(error.problem, t);
    case 'counts':
      return t('backup.error.counts', { stated: error.stated, found: error.found });
    case 'nothing':
      return t('backup.error.nothing');
  }
}

const FAILED = {
  backup: 'backup.failed',
  write: 'backup.failedWrite',
  blocked: 'backup.failedBlocked',
} as const;

/** Export a backup file; import one with a preview of what changes before anything does. */
export function BackupSection(props: BackupSectionProps) {
  const { lastExportAt, state, onExport, onFile, onApply, onCancel, lang, t } = props;
  return (
    <>
      <p>
        {lastExportAt === null
          ? t('backup.never')
          : t('backup.last', { date: formatDateTime(lang, lastExportAt) })}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onExport}>
          {t('backup.export')}
        </button>
        <label className="button file-button">
          {t('backup.import')}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) onFile(file);
            }}
          />
        </label>
      </div>
      {state.phase === 'reading' && <p role="status">{t('backup.reading')}</p>}
      {state.phase === 'error' && (
        <p role="alert" className="field-error">
          {t('backup.error.prefix')} {errorText(state.error, t)} {t('backup.error.untouched')}
        </p>
      )}
      {state.phase === 'applying' && <p role="status">{t('backup.applying')}</p>}
      {state.phase === 'failed' && (
        <p role="alert" className="field-error">
          {t(FAILED[state.reason])}
        </p>
      )}
      {state.phase === 'done' && (
        <p role="status">
          {state.mode === 'merge'
            ? t('backup.doneMerge', { added: state.added })
            : t('backup.doneReplace')}
        </p>
      )}
      {state.phase === 'preview' && (
        <section className="import-preview" aria-labelledby="import-preview-title">
          <h3 id="import-preview-title">{t('backup.preview.title')}</h3>
          <ul>
            <li>
              {state.backup.kind === 'storage'
                ? t('backup.preview.storage', {
                    date: formatDateTime(lang, state.backup.exportedAt),
                  })
                : t('backup.preview.file', {
                    date: formatDateTime(lang, state.backup.exportedAt),
                    version: state.backup.appVersion,
                  })}
            </li>
            {state.backup.unreadable.reviews > 0 && (
              <li className="warning-text">
                {t('backup.preview.unreadable', { count: state.backup.unreadable.reviews })}
              </li>
            )}
            {state.backup.unreadable.values > 0 && (
              <li className="warning-text">
                {t('backup.preview.unreadableValues', { count: state.backup.unreadable.values })}
              </li>
            )}
            <li>
              {t('backup.preview.reviews', {
                reviews: state.preview.incomingReviews,
                cards: state.preview.incomingCards,
                added: state.preview.newReviews,
              })}
            </li>
            {state.backup.state.attempts.length > 0 && (
              <li>{t('backup.preview.attempts', { count: state.backup.state.attempts.length })}</li>
            )}
            {state.unknownCards.length > 0 && (
              <li>
                {t('backup.preview.unknown', {
                  count: state.unknownCards.length,
                  ids: state.unknownCards.slice(0, 3).join(', '),
                })}
              </li>
            )}
            {state.preview.onlyHere > 0 && (
              <li className="warning-text">
                {t('backup.preview.onlyHere', { count: state.preview.onlyHere })}
              </li>
            )}
          </ul>
          <div className="actions">
            <button type="button" className="primary" onClick={() => onApply('merge')}>
              {t('backup.merge')}
            </button>
            <button type="button" onClick={() => onApply('replace')}>
              {t('backup.replace')}
            </button>
            <button type="button" className="secondary" onClick={onCancel}>
              {t('backup.cancel')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
