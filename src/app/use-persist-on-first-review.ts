import { useEffect } from 'react';
import { useAppStore } from '../store/store-context.tsx';
import { requestPersistentStorage } from './storage-persistence.ts';

/**
 * After the first review, asks once that the browser never evicts this origin's storage
 * (eviction is how web flashcard apps most often lose progress).
 */
export function usePersistOnFirstReview(): void {
  const hasReviews = useAppStore((s) => s.log.length > 0);
  const asked = useAppStore((s) => s.settings.persistRequested);
  const updateSettings = useAppStore((s) => s.updateSettings);
  useEffect(() => {
    if (!hasReviews || asked) return;
    updateSettings({ persistRequested: true });
    void requestPersistentStorage();
  }, [hasReviews, asked, updateSettings]);
}
