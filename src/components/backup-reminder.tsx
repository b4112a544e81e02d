import type { Translate } from '../i18n/messages.ts';

/** The gentle nudge on home after a week of study days without a backup. */
export function BackupReminder({ onExport, t }: { onExport: () => void; t: Translate }) {
  return (
    <section className="panel reminder" aria-labelledby="backup-reminder-title">
      <h2 id="backup-reminder-title">{t('backup.reminder.title')}</h2>
      <p>{t('backup.reminder.body')}</p>
      <button type="button" className="primary" onClick={onExport}>
        {t('backup.export')}
      </button>
    </section>
  );
}
