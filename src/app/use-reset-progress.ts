import { useCallback } from 'react';
import { useAppStoreApi } from '../store/store-context.tsx';
import { useExport } from './use-export.ts';

/**
 * Downloads a backup of everything, then resets the progress; resolves with the backup's
 * file name. The download is made under the cross-tab lock from exactly what the reset
 * removes, so a rating another tab saves meanwhile is in the file or kept, never lost.
 * If the backup cannot be made, it rejects and nothing is reset.
 */
export function useResetProgress(): () => Promise<string> {
  const api = useAppStoreApi();
  const { exportState } = useExport();
  return useCallback(async () => {
    let fileName = '';
    const done = await api.getState().resetProgress(async (state) => {
      fileName = await exportState(state);
    });
    if (!done) throw new Error('the progress could not be reset');
    return fileName;
  }, [api, exportState]);
}
