import { useCallback } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { clock } from './clock';

/**
 * Exports everything to a dated backup file and records when. The backup code loads on
 * the click, so the pages that offer an export (home, the storage alerts) stay small.
 */
export function useExport(): () => Promise<void> {
  const api = useAppStoreApi();
  const updateSettings = useAppStore((s) => s.updateSettings);
  return useCallback(async () => {
    const [{ backupFileName, buildBackup }, { downloadText }] = await Promise.all([
      import('../store/backup'),
      import('../components/download'),
    ]);
    const now = clock.now();
    const { cards, log, undone, settings } = api.getState();
    downloadText(
      backupFileName(now),
      buildBackup({ cards, log, undone, settings }, __APP_VERSION__, now),
    );
    updateSettings({ lastExportAt: now });
  }, [api, updateSettings]);
}
