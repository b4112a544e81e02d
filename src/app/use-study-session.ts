import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RatingOption } from '../components/rating-buttons';
import type { StudyCard } from '../content/deck-builder';
import type { Grade } from '../domain/card-state';
import { describeInterval } from '../domain/interval';
import { nextCardId, type StudyQueue } from '../domain/queue';
import { previewRatings } from '../domain/scheduler';
import { formatInterval } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import { rateCard, undoLast } from '../store/review-actions';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { clock } from './clock';
import { useContent } from './use-content';
import { type SessionSource, useSessionQueue } from './use-session-queue';

export interface StudySession {
  readonly now: number;
  readonly queue: StudyQueue;
  readonly card: StudyCard | undefined;
  readonly revealed: boolean;
  readonly options: readonly RatingOption[];
  /** Answers given in this session (undo takes them back). */
  readonly answered: number;
  /** Cards answered Again in this session, in the order they were missed. */
  readonly missed: readonly string[];
  /** From the start of the session to its last answer (ms). */
  readonly spentMs: number;
  readonly canUndo: boolean;
  reveal(): void;
  rate(rating: Grade): void;
  undo(): boolean;
}

interface Answer {
  readonly entryId: string;
  readonly cardId: string;
  readonly rating: Grade;
  readonly at: number;
}

/**
 * One sitting. `now` is pinned and moves only on reveal, an answer, an undo or when a
 * waiting learning card falls due; the card on screen is held from reveal until answered,
 * so it never changes under the learner.
 */
export function useStudySession(lang: Lang, source: SessionSource): StudySession {
  const [now, setNow] = useState(clock.now);
  const [startedAt] = useState(clock.now);
  const [revealed, setRevealed] = useState(false);
  const [answers, setAnswers] = useState<readonly Answer[]>([]);
  const [pinnedId, setPinnedId] = useState<string | null>(null);
  const answeredCards = useMemo(() => new Set(answers.map((a) => a.cardId)), [answers]);
  const queue = useSessionQueue(now, source, answeredCards);
  const store = useAppStoreApi();
  // Undo takes back this tab's last answer still in the log (never another tab's).
  const lastMine = useAppStore((s) => {
    const id = s.mine.at(-1);
    return id !== undefined && s.log.findLastIndex((e) => e.id === id) >= 0 ? id : undefined;
  });
  const retention = useAppStore((s) => s.settings.retention);

  const { cardById } = useContent();
  const cardId = pinnedId ?? nextCardId(queue);
  const card = cardId === undefined ? undefined : cardById(cardId);
  const cardState = useAppStore((s) => (cardId === undefined ? undefined : s.cards[cardId]));

  const options = useMemo(() => {
    if (!card) return [];
    return previewRatings(cardState, now, retention).map((p) => ({
      rating: p.rating,
      interval: formatInterval(lang, describeInterval(p.intervalMs)),
    }));
  }, [card, cardState, now, retention, lang]);

  // A learning card due later today: wait for it, then continue on our own.
  useEffect(() => {
    if (card || queue.nextLearningDue === null) return;
    const wait = Math.max(0, queue.nextLearningDue - clock.now()) + 250;
    const timer = setTimeout(() => setNow(clock.now()), wait);
    return () => clearTimeout(timer);
  }, [card, queue.nextLearningDue]);

  const reveal = useCallback(() => {
    if (!card) return;
    setPinnedId(card.id);
    setRevealed(true);
    // Previews are computed for the moment of answering, not of showing.
    setNow(clock.now());
  }, [card]);

  const rate = useCallback(
    (rating: Grade) => {
      if (!card || !revealed) return;
      const at = clock.now();
      const entry = rateCard(store, card.id, rating, at);
      setAnswers((list) => [...list, { entryId: entry.id, cardId: card.id, rating, at }]);
      setPinnedId(null);
      setRevealed(false);
      setNow(at);
    },
    [card, revealed, store],
  );

  const canUndo = lastMine !== undefined && answers.some((a) => a.entryId === lastMine);

  const undo = useCallback(() => {
    if (!canUndo) return false;
    const entry = undoLast(store);
    if (!entry) return false;
    setAnswers((list) => list.filter((a) => a.entryId !== entry.id));
    setPinnedId(entry.cardId);
    setRevealed(false);
    setNow(clock.now());
    return true;
  }, [canUndo, store]);

  const missed = useMemo(
    () => [...new Set(answers.filter((a) => a.rating === 1).map((a) => a.cardId))],
    [answers],
  );
  const last = answers.at(-1);

  return {
    now,
    queue,
    card,
    revealed,
    options,
    answered: answers.length,
    missed,
    spentMs: last ? Math.max(0, last.at - startedAt) : 0,
    canUndo,
    reveal,
    rate,
    undo,
  };
}
