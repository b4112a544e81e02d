import { formatDateTime } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import type { ImportMode } from '../store/app-store.ts';
import type { ImportState } from './use-backup.ts';

interface BackupPreviewProps {
  state: Extract<ImportState, { phase: 'preview' }>;
  onApply: (mode: ImportMode) => void;
  onCancel: () => void;
  lang: Lang;
  t: Translate;
}

/**
 * What an import would change, read from the chosen file before anything does: where the
 * file is from, what could not be read, what comes in and what a replace would drop. The
 * learner then merges, replaces or cancels.
 */
export function BackupPreview({ state, onApply, onCancel, lang, t }: BackupPreviewProps) {
  return (
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
  );
}
