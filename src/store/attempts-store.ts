import { createStore } from 'zustand';
import type { ExamAttempt } from '../domain/exam-score.ts';
import { byFinish, readAttempts, writeAttempt } from './exam-attempts.ts';
import { KEYS } from './schema.ts';
import type { WriteFailure } from './storage.ts';

/**
 * The mock-exam attempts this page knows: what storage holds, plus the attempts this tab
 * finished whose write storage refused (kept here and tried again until stored). Storage is
 * the truth: other tabs' attempts come in on the `storage` event, and a reset removes them.
 * A module of its own, loaded by the pages that show attempts.
 */
export interface AttemptsState {
  /** Stored and unsaved attempts, oldest first. */
  readonly attempts: readonly ExamAttempt[];
  /** Attempts this tab finished that storage refused so far. */
  readonly unsaved: readonly ExamAttempt[];
  /** Why the last write was refused, while some attempt waits. */
  readonly failure: WriteFailure | null;
  /** Stored values that could not be read (left in place). */
  readonly unreadable: number;
}

export const attemptsStore = createStore<AttemptsState>()(() => ({
  attempts: [],
  unsaved: [],
  failure: null,
  unreadable: 0,
}));

function merged(stored: readonly ExamAttempt[], unsaved: readonly ExamAttempt[]): ExamAttempt[] {
  const ids = new Set(stored.map((a) => a.id));
  return [...stored, ...unsaved.filter((a) => !ids.has(a.id))].sort(byFinish);
}

/** Reads what storage holds now. */
export function loadAttempts(): void {
  const read = readAttempts();
  const { unsaved } = attemptsStore.getState();
  attemptsStore.setState({
    attempts: merged(read.attempts, unsaved),
    unreadable: read.unreadable.length,
  });
}

/** Stores the attempts still waiting; true when none is left. */
export function retryUnsaved(): boolean {
  const { unsaved } = attemptsStore.getState();
  if (unsaved.length === 0) return true;
  let failure: WriteFailure | null = null;
  const left = unsaved.filter((a) => {
    if (failure) return true;
    failure = writeAttempt(a);
    return failure !== null;
  });
  attemptsStore.setState({ unsaved: left, failure });
  loadAttempts();
  return left.length === 0;
}

/**
 * Keeps a finished attempt: stored at once; if storage refuses, it stays in this page
 * (shown, and tried again on the next write, on focus, or when the learner asks) and the
 * refusal is reported. Returns whether it is stored.
 */
export function keepAttempt(attempt: ExamAttempt): boolean {
  const s = attemptsStore.getState();
  if (!s.unsaved.some((a) => a.id === attempt.id)) {
    attemptsStore.setState({ unsaved: [...s.unsaved, attempt] });
  }
  return retryUnsaved();
}

/**
 * After this tab reset or replaced the progress: attempts that were never stored belong
 * to the progress that is gone, as stored ones were removed with it.
 */
export function afterReset(): void {
  attemptsStore.setState({ unsaved: [], failure: null });
  loadAttempts();
}

let listening = false;

/** Follows other tabs' attempts and retries refused writes when the learner comes back. */
export function listenForAttempts(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(KEYS.examPrefix)) loadAttempts();
  });
  window.addEventListener('focus', () => {
    if (attemptsStore.getState().unsaved.length > 0) retryUnsaved();
  });
}
