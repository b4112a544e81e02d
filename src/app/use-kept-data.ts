import { useCallback, useState } from 'react';
import { downloadText } from '../components/download.ts';
import { localDayKey } from '../domain/time.ts';
import { listKept, readKept, removeKept, type StoredBackup } from '../store/backups.ts';
import { clock } from './clock.ts';

/**
 * The values kept aside in storage (damaged ones, the data before a replace): listed,
 * downloaded as a file the import reads back, and removed only once downloaded here.
 */
export function useKeptData() {
  const [items, setItems] = useState<readonly StoredBackup[]>(listKept);
  const [downloaded, setDownloaded] = useState<ReadonlySet<string>>(new Set());

  const download = useCallback((key: string) => {
    const dump = readKept(key);
    if (!dump) return;
    const day = localDayKey(dump.exportedAt > 0 ? dump.exportedAt : clock.now());
    downloadText(`apigw-flashcards-kept-${day}.json`, JSON.stringify(dump));
    setDownloaded((set) => new Set([...set, key]));
  }, []);

  const remove = useCallback(
    (key: string) => {
      if (!downloaded.has(key)) return;
      removeKept(key);
      setItems(listKept());
    },
    [downloaded],
  );

  return { items, downloaded, download, remove };
}
