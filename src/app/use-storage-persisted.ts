import { useCallback, useEffect, useState } from 'react';
import { isStoragePersistent, requestPersistentStorage } from './storage-persistence.ts';

/** Whether the browser keeps this app's storage from eviction, and a way to ask for it. */
export function useStoragePersisted() {
  const [persisted, setPersisted] = useState<boolean | null | 'checking'>('checking');
  useEffect(() => {
    let live = true;
    void isStoragePersistent().then((p) => {
      if (live) setPersisted(p);
    });
    return () => {
      live = false;
    };
  }, []);
  const request = useCallback(async () => {
    const granted = await requestPersistentStorage();
    setPersisted(granted ?? (await isStoragePersistent()));
  }, []);
  return { persisted, request };
}
