import { ownCard } from '../domain/card-state.ts';
import { basisOf } from '../domain/log.ts';
import { fileIncoming, type Incoming, reconcile } from '../domain/reconcile.ts';
import type { AppState, ImportMode, ImportResult, IntakeContext } from './app-store.ts';
import type { BackupProgress } from './backup.ts';
import { type External, OPEN_LIMIT } from './engine.ts';
import { writeAttempts } from './exam-attempts.ts';

/**
 * What comes into the store from outside this tab: other tabs' writes (on the `storage`
 * event and on focus) and imported backups. Loaded on first use, so the first page does not
 * carry the merging code.
 */

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** Takes in what other tabs saved since the last look. */
export async function syncFromOtherTabs(ctx: IntakeContext): Promise<void> {
  const change = await ctx.engine.takeExternal();
  if (change) takeIn(ctx, change);
}

/** Applies what other tabs saved; what neither side holds the replay of is replayed. */
/** Applies what other tabs saved; replays what neither side holds the replay of. */
function takeIn({ get, set }: IntakeContext, change: External): void {
  const s = get();
  if (change.kind === 'switch') {
    const { view, carried } = change;
    let progress = view.state;
    let stale = view.stale;
    const r = reconcile(progress, { entries: carried, undone: [] });
    if (r) {
      progress = { ...progress, ...r.progress };
      stale = union(stale, r.stale);
    }
    set({
      cards: progress.cards,
      log: progress.log,
      undone: progress.undone,
      generation: view.state.generation,
      settings: view.state.settings,
      stale: union(
        stale,
        carried.map((e) => e.cardId),
      ),
      mine: s.mine.filter((id) => carried.some((e) => e.id === id)),
    });
  } else {
    const r = reconcile(s, change.incoming);
    const patch: Partial<AppState> = {};
    if (r) {
      patch.cards = r.progress.cards;
      patch.log = r.progress.log;
      patch.undone = r.progress.undone;
      if (r.stale.length) patch.stale = union(s.stale, r.stale);
    }
    // A card being replayed may meanwhile have arrived, replayed, in another tab's cache.
    const theirs = change.incoming.cards;
    if (theirs && s.stale.length) {
      const log = patch.log ?? s.log;
      const cards = { ...(patch.cards ?? s.cards) };
      const left = (patch.stale ?? s.stale).filter((id) => {
        const card = ownCard(theirs, id);
        if (!card || card.basis !== basisOf(log.filter((e) => e.cardId === id))) return true;
        cards[id] = card;
        return false;
      });
      patch.cards = cards;
      patch.stale = left;
    }
    if (change.settings) patch.settings = change.settings;
    if (Object.keys(patch).length) set(patch);
  }
  if (get().stale.length) void get().refresh();
}

/** Applies a validated backup: merged with what is here, or replacing it (after a copy). */
export async function importProgress(
  ctx: IntakeContext,
  data: BackupProgress,
  mode: ImportMode,
): Promise<ImportResult> {
  const { get, set, engine, scheduling } = ctx;
  const sch = await scheduling();
  if (mode === 'replace') {
    const result = await engine.reset({
      snapshot: true,
      replace: {
        entries: fileIncoming(data).entries,
        settings: data.settings,
        attempts: data.attempts,
      },
    });
    if (!result.ok) return result;
    void attemptsChanged(true);
    const { view } = result;
    const cards = sch.replayCards(view.state, view.stale);
    engine.touchCache();
    set({ ...view.state, cards, stale: [], mine: [] });
    return { ok: true, added: view.state.log.length };
  }
  // Other tabs' reviews first (awaited: a sync finishing later would adopt storage as it is then).
  await get().syncFromOtherTabs();
  // The file's mock exams first: all stored, or none and nothing else changes.
  if (writeAttempts(data.attempts).failure) return { ok: false, reason: 'write' };
  void attemptsChanged(false);
  const s = get();
  const r = reconcile(s, fileIncoming(data));
  if (!r) return { ok: true, added: 0 };
  const have = new Set(s.log.map((e) => e.id));
  const added = r.progress.log.filter((e) => !have.has(e.id));
  const touched = new Set([...r.stale, ...added.map((e) => e.cardId)]);
  engine.append(added, true);
  set({
    cards: sch.replayCards(r.progress, [...touched, ...s.stale]),
    log: r.progress.log,
    undone: r.progress.undone,
    stale: [],
  });
  return { ok: true, added: added.length };
}

/** The page's list of mock exams reads storage again (an import or a replace changed it). */
async function attemptsChanged(replaced: boolean): Promise<void> {
  const m = await import('./attempts-store.ts');
  if (replaced) m.afterReset();
  else m.loadAttempts();
}

/**
 * Another device's reviews and undo markers (sync), taken in by the rules two tabs follow:
 * new reviews are stored in this tab's log, undo markers hide their entries everywhere.
 * Resolves with how many reviews were new here.
 */
export async function mergeRemote(ctx: IntakeContext, incoming: Incoming): Promise<number> {
  const { get, set, engine, scheduling } = ctx;
  // This browser's other tabs first, so the merge starts from everything stored here.
  await get().syncFromOtherTabs();
  const s = get();
  const r = reconcile(s, incoming);
  if (!r) return 0;
  const sch = await scheduling();
  const now = get();
  if (now.log !== s.log || now.undone !== s.undone) return mergeRemote(ctx, incoming);
  const have = new Set(s.log.map((e) => e.id));
  const added = r.progress.log.filter((e) => !have.has(e.id));
  const hidden = new Set(s.undone);
  const markers = r.progress.undone.filter((id) => !hidden.has(id));
  // A few reviews (another device's session) join this tab's open chunk; many (a first
  // sync, a week offline) go in sealed chunks, as an import does.
  engine.append(added, added.length > OPEN_LIMIT);
  engine.markUndone(markers);
  set({
    cards: sch.replayCards(r.progress, [
      ...new Set([...r.stale, ...added.map((e) => e.cardId), ...s.stale]),
    ]),
    log: r.progress.log,
    undone: r.progress.undone,
    stale: [],
  });
  return added.length;
}
