import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { TodayCounts } from '../../components/today-counts.tsx';
import { DECK_ORDER } from '../../content/deck-order.ts';
import { queueSize } from '../../domain/queue.ts';
import { formatRelative } from '../../i18n/format.ts';
import { loadPageMessages } from '../../i18n/messages.ts';
import { useAppStore } from '../../store/store-context.tsx';
import { useNow } from '../clock.ts';
import { paths } from '../paths.ts';
import { useTodayQueue } from '../use-session-queue.ts';
import { useT } from '../use-t.ts';

// The rest of home (weak cards, exam, backup, figures) follows the first paint.
const HomeExtras = lazy(async () => {
  const [m] = await Promise.all([import('../home-extras.tsx'), loadPageMessages()]);
  return { default: m.HomeExtras };
});

/** Home: today's counts and the way into studying; the rest arrives right after. */
export function HomeRoute() {
  const { t, lang } = useT();
  const now = useNow(30_000);
  const queue = useTodayQueue(now);
  const studied = useAppStore((s) => Object.keys(s.cards).length);
  const reviews = useAppStore((s) => s.log.length);
  const newPerDay = useAppStore((s) => s.settings.newPerDay);
  const total = queueSize(queue);
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
          <Link className="button" to={paths.study}>
            {t('home.studyMore')}
          </Link>
        </div>
      )}
      <Suspense fallback={null}>
        <HomeExtras now={now} lang={lang} t={t} />
      </Suspense>
    </section>
  );
}
