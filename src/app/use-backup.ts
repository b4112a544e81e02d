import { useCallback, useState } from 'react';
import { DECK_ORDER } from '../content/deck-order.ts';
import { type ImportPreview, previewImport } from '../domain/reconcile.ts';
import type { ImportMode } from '../store/app-store.ts';
import { type Backup, type ImportError, MAX_IMPORT_BYTES, parseBackup } from '../store/backup.ts';
import { useAppStoreApi } from '../store/store-context.tsx';
import { useExport } from './use-export.ts';

export type ImportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading' }
  | { readonly phase: 'error'; readonly error: ImportError }
  | {
      readonly phase: 'preview';
      readonly backup: Backup;
      readonly preview: ImportPreview;
      /** Card ids the backup has and this deck does not: kept, not dropped. */
      readonly unknownCards: readonly string[];
    }
  | { readonly phase: 'applying' }
  | { readonly phase: 'done'; readonly mode: ImportMode; readonly added: number }
  | { readonly phase: 'failed'; readonly reason: 'backup' | 'write' | 'blocked' };

const deckIds = new Set(DECK_ORDER);

/** Export to a dated JSON file (useExport), and import one back with a preview and a confirmation. */
export function useBackup() {
  const api = useAppStoreApi();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const { exportNow } = useExport();

  const chooseFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_IMPORT_BYTES) {
        setState({ phase: 'error', error: { code: 'too-large', bytes: file.size } });
        return;
      }
      setState({ phase: 'reading' });
      let text: string;
      try {
        text = await file.text();
      } catch {
        setState({ phase: 'error', error: { code: 'not-json' } });
        return;
      }
      const parsed = parseBackup(text);
      if (!parsed.ok) {
        setState({ phase: 'error', error: parsed.error });
        return;
      }
      const { state: data } = parsed.backup;
      const known = new Set([...Object.keys(data.cards), ...data.log.map((e) => e.cardId)]);
      setState({
        phase: 'preview',
        backup: parsed.backup,
        preview: previewImport(api.getState(), data),
        unknownCards: [...known].filter((id) => !deckIds.has(id)),
      });
    },
    [api],
  );

  const apply = useCallback(
    async (mode: ImportMode) => {
      if (state.phase !== 'preview') return;
      setState({ phase: 'applying' });
      const result = await api.getState().importProgress(state.backup.state, mode);
      setState(
        result.ok
          ? { phase: 'done', mode, added: result.added }
          : { phase: 'failed', reason: result.reason },
      );
    },
    [state, api],
  );

  const cancel = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, exportNow, chooseFile, apply, cancel };
}
