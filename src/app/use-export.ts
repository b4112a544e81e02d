import { useCallback } from 'react';
import type { PersistedState } from '../store/schema';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { clock } from './clock';

/** The backup code loads on the click, so the pages that offer an export stay small. */
async function download(state: PersistedState, now: number): Promise<string> {
  const [{ backupFileName, buildBackup }, { downloadText }] = await Promise.all([
    import('../store/backup'),
    import('../components/download'),
  ]);
  const fileName = backupFileName(now);
  downloadText(fileName, buildBackup(state, __APP_VERSION__, now));
  return fileName;
}

/**
 * Exports everything to a dated backup file, records when, and resolves with the file's
 * name. `exportState` exports a given state instead (what a reset is about to remove).
 */
export function useExport(): {
  exportNow: () => Promise<string>;
  exportState: (state: PersistedState) => Promise<string>;
} {
  const api = useAppStoreApi();
  const updateSettings = useAppStore((s) => s.updateSettings);
  const exportState = useCallback(
    async (state: PersistedState) => {
      const now = clock.now();
      const fileName = await download(state, now);
      updateSettings({ lastExportAt: now });
      return fileName;
    },
    [updateSettings],
  );
  const exportNow = useCallback(() => {
    const { cards, log, undone, settings, generation } = api.getState();
    return exportState({ cards, log, undone, settings, generation });
  }, [api, exportState]);
  return { exportNow, exportState };
}
