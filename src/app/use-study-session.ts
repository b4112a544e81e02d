import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RatingOption } from '../components/rating-buttons.tsx';
import type { StudyCard } from '../content/deck-builder.ts';
import type { Grade } from '../domain/card-state.ts';
import { buildFilteredQueue, isDue } from '../domain/filtered-queue.ts';
import { nextCardId, type StudyQueue } from '../domain/queue.ts';
import { previewRatings } from '../domain/scheduler.ts';
import {
  type SessionAnswer,
  type SessionSummary,
  summarizeSession,
} from '../domain/session-summary.ts';
import { formatInterval } from '../i18n/format.ts';
import { describeInterval } from '../i18n/interval.ts';
import type { Lang } from '../i18n/messages.ts';
import { rateCard, undoLast } from '../store/review-actions.ts';
import { useAppStore, useAppStoreApi } from '../store/store-context.tsx';
import { clock } from './clock.ts';
import { useContent } from './use-content.ts';
import { type SessionSource, useStudyDay, useTodayQueue } from './use-session-queue.ts';

export interface StudySession {
  readonly now: number;
  readonly queue: StudyQueue;
  readonly card: StudyCard | undefined;
  readonly revealed: boolean;
  /** The card on screen is not due: answering it is practice (the schedule stays). */
  readonly practice: boolean;
  readonly options: readonly RatingOption[];
  /** Answers given in this session (undo takes them back). */
  readonly answered: number;
  /** What this session's answers add up to. */
  readonly summary: SessionSummary;
  readonly canUndo: boolean;
  reveal(): void;
  rate(rating: Grade): void;
  undo(): boolean;
}

interface Answer extends SessionAnswer {
  readonly entryId: string;
}

/**
 * One sitting. `now` is pinned and moves only on reveal, an answer, an undo or when a
 * waiting learning card falls due; the card on screen is held from reveal until answered,
 * so it never changes under the learner.
 */
export function useStudySession(lang: Lang, source: SessionSource): StudySession {
  const [now, setNow] = useState(clock.now);
  const [revealed, setRevealed] = useState(false);
  const [answers, setAnswers] = useState<readonly Answer[]>([]);
  const [pinnedId, setPinnedId] = useState<string | null>(null);
  const answeredCards = useMemo(() => new Set(answers.map((a) => a.cardId)), [answers]);
  const day = useStudyDay();
  const today = useTodayQueue(now, source.kind === 'today');
  const cards = useAppStore((s) => s.cards);
  const queue = useMemo(
    () =>
      source.kind === 'today'
        ? today
        : buildFilteredQueue({ ids: source.ids, cards, now, answered: answeredCards, ...day }),
    [source, today, cards, now, answeredCards, day],
  );
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
  const practice = card !== undefined && !isDue(cardState, now, day);

  // When the card on screen appeared: its time counts from then (a wait before it does not).
  const shown = useRef<{ id: string | undefined; at: number }>({ id: undefined, at: 0 });
  useEffect(() => {
    shown.current = { id: cardId, at: clock.now() };
  }, [cardId]);

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
      const shownAt = shown.current.id === card.id ? shown.current.at : at;
      const answer: Answer = {
        entryId: entry.id,
        cardId: card.id,
        rating,
        shownAt,
        at,
        state: entry.state,
        practice: entry.practice === true,
      };
      setAnswers((list) => [...list, answer]);
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

  const summary = useMemo(() => summarizeSession(answers), [answers]);

  return {
    now,
    queue,
    card,
    revealed,
    practice,
    options,
    answered: answers.length,
    summary,
    canUndo,
    reveal,
    rate,
    undo,
  };
}
