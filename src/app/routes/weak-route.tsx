import { useState } from 'react';
import { Link } from 'react-router-dom';
import { DECK_ORDER } from '../../content/deck-order.ts';
import { rankWeakCards } from '../../domain/weak.ts';
import { useAppStore } from '../../store/store-context.tsx';
import { clock } from '../clock.ts';
import { paths } from '../paths.ts';
import { StudySessionView } from '../study-session-view.tsx';
import type { SessionSource } from '../use-session-queue.ts';
import { useT } from '../use-t.ts';

/** /study/weak: the weak cards, weakest first, as they were when the session started. */
export function WeakRoute() {
  const { t } = useT();
  const cards = useAppStore((s) => s.cards);
  const log = useAppStore((s) => s.log);
  const dayStart = useAppStore((s) => s.settings.dayStart);
  const [source] = useState<Extract<SessionSource, { kind: 'cards' }>>(() => ({
    kind: 'cards',
    ids: rankWeakCards(DECK_ORDER, cards, log, clock.now(), dayStart).map((w) => w.cardId),
  }));

  if (source.ids.length === 0) {
    return (
      <section className="panel" aria-labelledby="weak-empty-title">
        <h1 id="weak-empty-title">{t('weak.empty.title')}</h1>
        <p>{t('weak.empty.body')}</p>
        <Link className="button primary" to={paths.home}>
          {t('study.done.home')}
        </Link>
      </section>
    );
  }

  return (
    <StudySessionView
      source={source}
      title={t('weak.title')}
      doneTitle={t('weak.done')}
      emptyTitle={t('weak.done')}
      intro={<p className="session-intro">{t('weak.intro', { count: source.ids.length })}</p>}
    />
  );
}
