import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardById, DECK } from '../../src/content/deck.ts';
import type { ExamAttempt, ExamSize } from '../../src/domain/exam-score.ts';
import {
  examQuestion,
  finishExam,
  goTo,
  pickOption,
  seededRandom,
  startExam,
} from '../../src/domain/mock-exam.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import {
  afterReset,
  attemptsStore,
  keepAttempt,
  loadAttempts,
  retryUnsaved,
} from '../../src/store/attempts-store.ts';
import { buildBackup, parseBackup } from '../../src/store/backup.ts';
import { readKept } from '../../src/store/backups.ts';
import { attemptKey, encodeAttempt, readAttempts } from '../../src/store/exam-attempts.ts';
import { webLocks } from '../../src/store/locks.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { KEYS } from '../../src/store/schema.ts';
import { FakeLocks } from './fixtures/locks.ts';
import { refuseWrites } from './fixtures/refuse.ts';

const T0 = Date.UTC(2026, 9, 1, 1, 0);
const DAY = 86_400_000;
/** Answers are drawn at random: a fresh seed each run (printed), so a failure can be replayed. */
const SEED = process.env.ATTEMPTS_SEED ? Number(process.env.ATTEMPTS_SEED) : Date.now() % 2 ** 32;
console.info(`exam attempts seed: ${SEED} (replay with ATTEMPTS_SEED=${SEED})`);

/** A finished attempt: each question answered right with probability `skill`. */
function attempt(
  at: number,
  size: ExamSize,
  seed: number,
  skill: number,
  nonce = 'n',
): ExamAttempt {
  const random = seededRandom(seed ^ SEED);
  let exam = startExam(DECK, size, seed, at, nonce);
  exam.answers.forEach((a, i) => {
    const q = examQuestion(cardById(a.cardId));
    if (!q) throw new Error(a.cardId);
    exam = goTo(exam, i);
    const wrong = q.options.findIndex((_, o) => !q.correct.includes(o));
    for (const o of random() < skill ? q.correct : [wrong]) exam = pickOption(exam, q, o);
  });
  return finishExam(exam, cardById, at + 40 * 60_000, 'finish');
}

/** Realistic history: 40 attempts over 80 days, both lengths, getting better. */
function history(): ExamAttempt[] {
  return Array.from({ length: 40 }, (_, i) =>
    attempt(T0 + i * 2 * DAY, i % 4 === 0 ? 65 : 20, 1000 + i, 0.5 + i / 100, `h${i}`),
  );
}

function store(locks = new FakeLocks(), now = () => T0 + 100 * DAY) {
  return createAppStore({ clock: now, syncTabs: false, locks: webLocks(locks) });
}

const examKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(KEYS.examPrefix));
const backups = () => Object.keys(localStorage).filter((k) => k.startsWith(KEYS.backupPrefix));

afterEach(() => {
  vi.restoreAllMocks();
  afterReset();
});

describe('mock-exam attempts in storage', () => {
  it('reads back 40 attempts of 20 and 65 questions exactly, oldest first', () => {
    const all = history();
    for (const a of [...all].reverse()) expect(keepAttempt(a)).toBe(true);
    const read = readAttempts();
    expect(read.unreadable).toEqual([]);
    expect(read.attempts).toEqual(all);
    expect(read.attempts.filter((a) => a.size === 65)).toHaveLength(10);
    expect(read.attempts.every((a) => a.questions.length === a.size)).toBe(true);
  });

  it('keeps both attempts of two tabs that start the same seed at the same millisecond', () => {
    // Each tab has its own page state; storage is shared.
    const a = attempt(T0, 20, 7, 0.9, 'tab1');
    const b = attempt(T0, 20, 7, 0.2, 'tab2');
    expect(a.questions.map((q) => q.cardId)).toEqual(b.questions.map((q) => q.cardId));
    expect(keepAttempt(a)).toBe(true);
    expect(keepAttempt(b)).toBe(true);
    expect(
      readAttempts()
        .attempts.map((x) => x.score.scaled)
        .sort(),
    ).toEqual([a.score.scaled, b.score.scaled].sort());
  });

  it('a refused write keeps the attempt on the page, says why, and stores it on retry', () => {
    const a = attempt(T0, 20, 3, 0.7);
    const spy = refuseWrites(() => true);
    expect(keepAttempt(a)).toBe(false);
    expect(attemptsStore.getState()).toMatchObject({ failure: 'quota', unsaved: [a] });
    expect(attemptsStore.getState().attempts).toEqual([a]);
    expect(examKeys()).toEqual([]);
    expect(retryUnsaved()).toBe(false);
    spy.mockRestore();
    expect(retryUnsaved()).toBe(true);
    expect(attemptsStore.getState()).toMatchObject({ failure: null, unsaved: [] });
    expect(readAttempts().attempts).toEqual([a]);
  });

  it('a damaged attempt costs only itself: the others read, it stays in place', () => {
    const all = history();
    for (const a of all) keepAttempt(a);
    const victim = all[17] as ExamAttempt;
    const raw = encodeAttempt(victim);
    localStorage.setItem(attemptKey(victim.id), raw.slice(0, raw.length / 2));
    const other = all[3] as ExamAttempt;
    localStorage.setItem(
      attemptKey(other.id),
      raw.replace('"v":1', '"v":1,"q":7').replace(/"q":\[.*$/, '"q":7}'),
    );
    localStorage.setItem(`${KEYS.examPrefix}mock-future`, '{"v":9}');
    loadAttempts();
    const read = readAttempts();
    expect(read.attempts).toHaveLength(38);
    expect(read.unreadable).toHaveLength(3);
    expect(attemptsStore.getState().unreadable).toBe(3);
    expect(localStorage.getItem(attemptKey(victim.id))).toBe(raw.slice(0, raw.length / 2));
  });

  it('a reset downloads the attempts with the reviews, removes them, and keeps a damaged one aside', async () => {
    const s = store();
    await s.ready;
    rateCard(s, 'card-1', 3, T0);
    const all = history();
    for (const a of all) keepAttempt(a);
    localStorage.setItem(`${KEYS.examPrefix}mock-damaged`, '{"v":1,"id":');
    let file = '';
    expect(
      await s.getState().resetProgress((state) => {
        file = buildBackup(state, 'test', T0, readAttempts().attempts);
      }),
    ).toBe(true);
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.backup.state.attempts).toEqual(all);
    expect(examKeys()).toEqual([]);
    const kept = backups().map((k) => readKept(k));
    expect(kept.some((d) => d && `${KEYS.examPrefix}mock-damaged` in d.items)).toBe(true);
    afterReset();
    expect(attemptsStore.getState().attempts).toEqual([]);
  });

  it('an attempt another tab stores while a reset waits for the lock is in the download or stays', async () => {
    const locks = new FakeLocks();
    const x = store(locks);
    await x.ready;
    const late = attempt(T0, 20, 11, 0.8, 'late');
    let downloaded: readonly ExamAttempt[] = [];
    // One lands before the reset reads storage, one after it read (while it downloads).
    const later = attempt(T0, 20, 12, 0.8, 'later');
    const resetting = x.getState().resetProgress(() => {
      downloaded = readAttempts().attempts;
      keepAttempt(later);
    });
    keepAttempt(late);
    expect(await resetting).toBe(true);
    const live = readAttempts().attempts;
    expect(downloaded.map((a) => a.id)).toEqual([late.id]);
    expect(live.map((a) => a.id)).toEqual([later.id]);
  });

  it('a file round-trips its attempts; replace swaps them, merge adds the missing ones', async () => {
    const all = history();
    const s = store();
    await s.ready;
    const file = buildBackup(
      { cards: {}, log: [], undone: [], settings: s.getState().settings, generation: 0 },
      'test',
      T0,
      all.slice(0, 30),
    );
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.backup.state.attempts).toEqual(all.slice(0, 30));

    for (const a of all.slice(25)) keepAttempt(a);
    expect(await s.getState().importProgress(parsed.backup.state, 'merge')).toMatchObject({
      ok: true,
    });
    expect(readAttempts().attempts).toEqual(all);

    expect(await s.getState().importProgress(parsed.backup.state, 'replace')).toMatchObject({
      ok: true,
    });
    expect(readAttempts().attempts).toEqual(all.slice(0, 30));
    // The replaced ones are in the copy kept before the replace.
    const keptKeys = backups().flatMap((k) => Object.keys(readKept(k)?.items ?? {}));
    for (const a of all.slice(30)) expect(keptKeys).toContain(attemptKey(a.id));
  });

  it('an import whose attempts storage refuses changes nothing (merge and replace)', async () => {
    const all = history();
    const s = store();
    await s.ready;
    rateCard(s, 'card-1', 3, T0);
    for (const a of all.slice(0, 5)) keepAttempt(a);
    const before = { ...localStorage };
    const file = buildBackup(
      {
        cards: {},
        log: [{ id: 'file0000001', cardId: 'card-2', rating: 3, review: T0, state: 0 }],
        undone: [],
        settings: s.getState().settings,
        generation: 0,
      },
      'test',
      T0,
      all.slice(3),
    );
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.code);
    // Room for a few attempts, not all: the ones written are taken back.
    let room = 4;
    const spy = refuseWrites((k) => k.startsWith(KEYS.examPrefix) && room-- <= 0);
    expect(await s.getState().importProgress(parsed.backup.state, 'merge')).toEqual({
      ok: false,
      reason: 'write',
    });
    expect({ ...localStorage }).toEqual(before);
    room = 4;
    expect(await s.getState().importProgress(parsed.backup.state, 'replace')).toEqual({
      ok: false,
      reason: 'write',
    });
    spy.mockRestore();
    const left = { ...localStorage };
    for (const k of backups()) delete left[k];
    expect(left).toEqual(before);
    expect(s.getState().log.map((e) => e.cardId)).toEqual(['card-1']);
  });

  it('a file with a damaged attempt is refused, saying which', () => {
    const good = JSON.parse(
      buildBackup(
        { cards: {}, log: [], undone: [], settings: store().getState().settings, generation: 0 },
        'test',
        T0,
        history().slice(0, 3),
      ),
    );
    good.state.attempts[1].q[0][1] = [9];
    const r = parseBackup(JSON.stringify(good));
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid', problem: { where: 'attempt', item: 2, field: 'shape' } },
    });
  });
});
