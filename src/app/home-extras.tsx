import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { BackupReminder } from '../components/backup-reminder.tsx';
import { DECK_ORDER } from '../content/deck-order.ts';
import { backupReminderDue } from '../domain/backup-reminder.ts';
import { formatDay } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { useAppStore, useAppStoreApi } from '../store/store-context.tsx';
import { paths } from './paths.ts';
import { loadContent } from './use-content.ts';
import { useLearningState } from './use-learning-state.ts';

// Only learners who set an exam date load the forecast (and the deck it needs, before it
// renders: a render that suspended on the deck must not finish without it).
const ExamPanel = lazy(async () => {
  const [m] = await Promise.all([import('./exam-panel.tsx'), loadContent()]);
  return { default: m.ExamPanel };
});

interface HomeExtrasProps {
  now: number;
  lang: Lang;
  t: Translate;
}

/**
 * Home below the day's counts: the weak cards, the exam panel, the backup reminder and the
 * deck's figures. A chunk of its own, drawn just after the first paint and below what is
 * already there, so the first page stays small and nothing on it moves.
 */
export function HomeExtras({ now, lang, t }: HomeExtrasProps) {
  const { weak, log } = useLearningState(now);
  const lastExportAt = useAppStore((s) => s.settings.lastExportAt);
  const examDate = useAppStore((s) => s.settings.examDate);
  const dayStart = useAppStore((s) => s.settings.dayStart);
  const cards = useAppStore((s) => s.cards);
  const studied = useAppStore((s) => Object.keys(s.cards).length);
  const reviews = useAppStore((s) => s.log.length);
  const api = useAppStoreApi();
  // The export code loads when the learner asks for it.
  const exportNow = () => import('./export-progress.ts').then((m) => m.exportProgress(api));
  return (
    <>
      <section className="panel weak-panel" aria-labelledby="weak-home-title">
        <h2 id="weak-home-title">{t('weak.homeTitle')}</h2>
        {weak.length > 0 ? (
          <>
            <p>{t('weak.homeCount', { count: weak.length })}</p>
            <Link className="button" to={paths.studyWeak}>
              {t('weak.start', { count: weak.length })}
            </Link>
          </>
        ) : (
          <p>{t('weak.none')}</p>
        )}
      </section>
      {examDate && (
        <Suspense fallback={null}>
          <ExamPanel
            examDate={examDate}
            dayStart={dayStart}
            cards={cards}
            now={now}
            lang={lang}
            t={t}
          />
        </Suspense>
      )}
      {backupReminderDue(log, lastExportAt, now, dayStart) && (
        <BackupReminder onExport={exportNow} t={t} />
      )}
      <p className="muted">
        {t('home.deckSize', { cards: DECK_ORDER.length, studied, reviews })}
        <br />
        {lastExportAt === null
          ? t('home.noBackup')
          : t('home.lastBackup', { date: formatDay(lang, lastExportAt) })}
      </p>
    </>
  );
}
