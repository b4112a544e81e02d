import { AppearanceSettings } from '../../components/appearance-settings.tsx';
import { downloadText } from '../../components/download.ts';
import { ExamSettings } from '../../components/exam-settings.tsx';
import { KeptData } from '../../components/kept-data.tsx';
import { ResetProgress } from '../../components/reset-progress.tsx';
import { StudySettings } from '../../components/study-settings.tsx';
import { ankiExport } from '../../content/anki-export.ts';
import { BackupSection } from '../backup-section.tsx';
import { SyncSection } from '../sync-section.tsx';
import { useT } from '../use-t.ts';
// Loaded with this page, so that each setting is stored the moment it changes.
import '../../store/engine-write.ts';
import { useAppStore } from '../../store/store-context.tsx';
import { useBackup } from '../use-backup.ts';
import { useContent } from '../use-content.ts';
import { useKeptData } from '../use-kept-data.ts';
import { useResetProgress } from '../use-reset-progress.ts';
import { useStoragePersisted } from '../use-storage-persisted.ts';

export function SettingsRoute() {
  const { t, lang } = useT();
  const backup = useBackup();
  const settings = useAppStore((s) => s.settings);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const { persisted, request } = useStoragePersisted();
  const { deck } = useContent();
  const reviews = useAppStore((s) => s.log.length);
  const studied = useAppStore((s) => Object.keys(s.cards).length);
  const reset = useResetProgress();
  const kept = useKeptData();

  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <section className="panel" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.languageSection')}</h2>
        <AppearanceSettings
          lang={settings.lang}
          theme={settings.theme}
          onChange={updateSettings}
          t={t}
        />
      </section>
      <section className="panel" aria-labelledby="settings-study">
        <h2 id="settings-study">{t('settings.studySection')}</h2>
        <StudySettings values={settings} onChange={updateSettings} t={t} />
      </section>
      <section className="panel" aria-labelledby="settings-exam">
        <h2 id="settings-exam">{t('settings.examSection')}</h2>
        <ExamSettings
          examDate={settings.examDate}
          examPace={settings.examPace}
          onChange={updateSettings}
          t={t}
        />
      </section>
      <section className="panel" aria-labelledby="settings-sync">
        <h2 id="settings-sync">{t('sync.section')}</h2>
        <SyncSection />
      </section>
      <section className="panel" aria-labelledby="settings-backup">
        <h2 id="settings-backup">{t('backup.section')}</h2>
        <BackupSection
          lastExportAt={settings.lastExportAt}
          state={backup.state}
          onExport={backup.exportNow}
          onFile={(file) => void backup.chooseFile(file)}
          onApply={(mode) => void backup.apply(mode)}
          onCancel={backup.cancel}
          lang={lang}
          t={t}
        />
      </section>
      <section className="panel" aria-labelledby="settings-anki">
        <h2 id="settings-anki">{t('settings.ankiSection')}</h2>
        <p>{t('settings.ankiBody', { count: deck.length })}</p>
        <button
          type="button"
          onClick={() =>
            downloadText(
              `api-gateway-flashcards-anki-${lang}.txt`,
              ankiExport(deck, lang),
              'text/plain;charset=utf-8',
            )
          }
        >
          {t('settings.ankiExport')}
        </button>
      </section>
      <section className="panel" aria-labelledby="settings-reset">
        <h2 id="settings-reset">{t('settings.resetSection')}</h2>
        <ResetProgress reviews={reviews} cards={studied} onReset={reset} t={t} />
      </section>
      <section className="panel" aria-labelledby="settings-kept">
        <h2 id="settings-kept">{t('kept.section')}</h2>
        <KeptData
          items={kept.items}
          downloaded={kept.downloaded}
          onDownload={kept.download}
          onRemove={kept.remove}
          lang={lang}
          t={t}
        />
      </section>
      <section className="panel" aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('settings.storageSection')}</h2>
        <p>
          {persisted === 'checking'
            ? t('settings.persistChecking')
            : persisted === null
              ? t('settings.persistUnknown')
              : persisted
                ? t('settings.persistYes')
                : t('settings.persistNo')}
        </p>
        {persisted === false && (
          <button type="button" onClick={() => void request()}>
            {t('settings.persistRequest')}
          </button>
        )}
      </section>
      <section className="panel" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.aboutSection')}</h2>
        <p>{t('settings.version', { version: __APP_VERSION__, build: __APP_BUILD__ })}</p>
      </section>
    </div>
  );
}
