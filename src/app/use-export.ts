import { useCallback } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { clock } from './clock';

/**
 * Exports everything to a dated backup file, records when, and resolves with the file's
 * name. The backup code loads on the click, so the pages that offer an export (home, the
 * storage alerts) stay small.
 */
export function useExport(): () => Promise<string> {
  const api = useAppStoreApi();
  const updateSettings = useAppStore((s) => s.updateSettings);
  return useCallback(async () => {
    const [{ backupFileName, buildBackup }, { downloadText }] = await Promise.all([
      import('../store/backup'),
      import('../components/download'),
    ]);
    const now = clock.now();
    const { cards, log, undone, settings } = api.getState();
    const fileName = backupFileName(now);
    downloadText(fileName, buildBackup({ cards, log, undone, settings }, __APP_VERSION__, now));
    updateSettings({ lastExportAt: now });
    return fileName;
  }, [api, updateSettings]);
}
