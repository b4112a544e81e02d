import { useCallback, useState } from 'react';
import { DECK_ORDER } from '../content/deck-order';
import { type ImportPreview, previewImport } from '../domain/merge';
import type { ImportMode } from '../store/app-store';
import { type Backup, type ImportError, MAX_IMPORT_BYTES, parseBackup } from '../store/backup';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { clock } from './clock';
import { useExport } from './use-export';

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
  | { readonly phase: 'done'; readonly mode: ImportMode; readonly added: number }
  | { readonly phase: 'failed' };

const deckIds = new Set(DECK_ORDER);

/** Export to a dated JSON file (useExport), and import one back with a preview and a confirmation. */
export function useBackup() {
  const api = useAppStoreApi();
  const importProgress = useAppStore((s) => s.importProgress);
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const exportNow = useExport();

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
      const parsed = parseBackup(text, clock.now());
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
    (mode: ImportMode) => {
      if (state.phase !== 'preview') return;
      const ok = importProgress(state.backup.state, mode);
      setState(ok ? { phase: 'done', mode, added: state.preview.newReviews } : { phase: 'failed' });
    },
    [state, importProgress],
  );

  const cancel = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, exportNow, chooseFile, apply, cancel };
}
