import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { BackupReminder } from '../../components/backup-reminder';
import { TodayCounts } from '../../components/today-counts';
import { useT } from '../../components/use-t';
import { DECK_ORDER } from '../../content/deck-order';
import { backupReminderDue } from '../../domain/backup-reminder';
import { formatDay, formatRelative } from '../../i18n/format';
import { loadPageMessages } from '../../i18n/messages';
import { useAppStore } from '../../store/store-context';
import { useNow } from '../clock';
import { paths } from '../paths';
import { useExport } from '../use-export';

// Only learners who set an exam date load the forecast (and the deck it needs).
const ExamPanel = lazy(async () => {
  const [m] = await Promise.all([import('../exam-panel'), loadPageMessages()]);
  return { default: m.ExamPanel };
});

import { useLearningState } from '../use-learning-state';
import { useSessionQueue } from '../use-session-queue';

export function HomeRoute() {
  const { t, lang } = useT();
  const now = useNow(30_000);
  const queue = useSessionQueue(now);
  const { weak, log } = useLearningState(now);
  const lastExportAt = useAppStore((s) => s.settings.lastExportAt);
  const examDate = useAppStore((s) => s.settings.examDate);
  const cards = useAppStore((s) => s.cards);
  const { exportNow } = useExport();
  const studied = useAppStore((s) => Object.keys(s.cards).length);
  const reviews = useAppStore((s) => s.log.length);
  const newPerDay = useAppStore((s) => s.settings.newPerDay);
  const total = queue.learning.length + queue.review.length + queue.fresh.length;
  const waiting = queue.nextLearningDue ?? queue.nextDue;

  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <TodayCounts
        due={queue.review.length}
        learning={queue.learning.length}
        fresh={queue.fresh.length}
        t={t}
      />
      {total > 0 ? (
        <Link className="button primary big" to={paths.study}>
          {reviews > 0 ? t('home.continue') : t('home.start')}
        </Link>
      ) : (
        <div className="panel">
          <p>{t('home.nothingDue')}</p>
          {waiting !== null && (
            <p>{t('home.nextDue', { when: formatRelative(lang, waiting - now) })}</p>
          )}
          {queue.fresh.length === 0 && studied < DECK_ORDER.length && (
            <p>{t('home.newLimitReached', { limit: newPerDay })}</p>
          )}
        </div>
      )}
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
          <ExamPanel examDate={examDate} cards={cards} now={now} lang={lang} t={t} />
        </Suspense>
      )}
      {backupReminderDue(log, lastExportAt, now) && <BackupReminder onExport={exportNow} t={t} />}
      <p className="muted">
        {t('home.deckSize', { cards: DECK_ORDER.length, studied, reviews })}
        <br />
        {lastExportAt === null
          ? t('home.noBackup')
          : t('home.lastBackup', { date: formatDay(lang, lastExportAt) })}
      </p>
    </section>
  );
}
