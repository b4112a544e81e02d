import { useCallback } from 'react';
import { useAppStoreApi } from '../store/store-context';
import { useExport } from './use-export';

/**
 * Downloads a backup of everything, then resets the progress; resolves with the backup's
 * file name. If the backup cannot be made, it rejects and nothing is reset.
 */
export function useResetProgress(): () => Promise<string> {
  const api = useAppStoreApi();
  const exportNow = useExport();
  return useCallback(async () => {
    const fileName = await exportNow();
    api.getState().resetProgress();
    return fileName;
  }, [api, exportNow]);
}
