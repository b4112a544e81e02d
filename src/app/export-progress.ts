import type { AppStore } from '../store/app-store.ts';
import type { PersistedState } from '../store/schema.ts';
import { clock } from './clock.ts';

/**
 * Downloads `state` (everything, unless given) as a dated backup file, records when, and
 * resolves with the file's name. The backup code loads on the call, so the pages that offer
 * an export stay small; the layout imports this module only when its alert's export is used.
 */
export async function exportProgress(store: AppStore, state?: PersistedState): Promise<string> {
  const [{ backupFileName, buildBackup }, { downloadText }, { readAttempts }] = await Promise.all([
    import('../store/backup.ts'),
    import('../components/download.ts'),
    import('../store/exam-attempts.ts'),
  ]);
  const now = clock.now();
  const s = store.getState();
  const fileName = backupFileName(now);
  const data = state ?? {
    cards: s.cards,
    log: s.log,
    undone: s.undone,
    settings: s.settings,
    generation: s.generation,
  };
  // The mock exams as stored now (under the reset's lock, when a reset downloads first).
  downloadText(fileName, buildBackup(data, __APP_VERSION__, now, readAttempts().attempts));
  s.updateSettings({ lastExportAt: now });
  return fileName;
}
