import { formatDateTime } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import type { ImportMode } from '../store/app-store.ts';
import { errorText } from './backup-error-text.ts';
import { BackupPreview } from './backup-preview.tsx';
import type { ImportState } from './use-backup.ts';

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
        <BackupPreview state={state} onApply={onApply} onCancel={onCancel} lang={lang} t={t} />
      )}
    </>
  );
}
