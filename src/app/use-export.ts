import { useCallback } from 'react';
import type { PersistedState } from '../store/schema.ts';
import { useAppStoreApi } from '../store/store-context.tsx';
import { exportProgress } from './export-progress.ts';

/**
 * Exports everything to a dated backup file, records when, and resolves with the file's
 * name. `exportState` exports a given state instead (what a reset is about to remove).
 */
export function useExport(): {
  exportNow: () => Promise<string>;
  exportState: (state: PersistedState) => Promise<string>;
} {
  const api = useAppStoreApi();
  const exportState = useCallback((state: PersistedState) => exportProgress(api, state), [api]);
  const exportNow = useCallback(() => exportProgress(api), [api]);
  return { exportNow, exportState };
}
