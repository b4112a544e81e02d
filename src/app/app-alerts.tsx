import { lazy, Suspense } from 'react';
import { loadPageMessages, type Translate } from '../i18n/messages.ts';
import type { SaveStatus, StorageIssue } from '../store/engine.ts';
import { useAppStore, useAppStoreApi } from '../store/store-context.tsx';

// Shown only when something needs the learner's attention, so they load when it does.
// If the alert's code cannot load (a deploy removed it under an open tab), its title
// still shows: a storage problem is never silent.
// Their texts beyond the titles are pages' messages, loaded with them.
const alerts = () => Promise.all([import('./storage-alert.tsx'), loadPageMessages()]);
const StorageAlert = lazy(() =>
  alerts().then(
    ([m]) => ({ default: m.StorageAlert }),
    () => ({ default: StorageAlertTitle }),
  ),
);
const SaveAlert = lazy(() =>
  alerts().then(
    ([m]) => ({ default: m.SaveAlert }),
    () => ({ default: SaveAlertTitle }),
  ),
);

const ISSUE_TITLE = {
  damaged: 'storage.damaged.title',
  unavailable: 'storage.unavailable.title',
  newer: 'storage.newer.title',
} as const;

function StorageAlertTitle({ issue, t }: { issue: StorageIssue; t: Translate }) {
  return (
    <div role="alert" className="alert alert-error">
      <h2>{t(ISSUE_TITLE[issue.kind])}</h2>
    </div>
  );
}

function SaveAlertTitle({ status, t }: { status: SaveStatus; t: Translate }) {
  return status.kind === 'failed' ? (
    <div role="alert" className="alert alert-warning">
      <h2>{t('storage.writeFailed.title')}</h2>
    </div>
  ) : (
    <p role="status">{t('storage.saved')}</p>
  );
}

/**
 * The store's alerts at the top of every page: a storage problem (damaged, unavailable,
 * written by a newer version) and the state of saving, each until it is dismissed.
 */
export function AppAlerts({ t }: { t: Translate }) {
  const issue = useAppStore((s) => s.storageIssue);
  const dismiss = useAppStore((s) => s.dismissStorageIssue);
  const saveStatus = useAppStore((s) => s.saveStatus);
  const dismissSave = useAppStore((s) => s.dismissSaveStatus);
  const api = useAppStoreApi();
  return (
    <>
      {issue && (
        <Suspense fallback={null}>
          <StorageAlert issue={issue} onDismiss={dismiss} t={t} />
        </Suspense>
      )}
      {saveStatus && (
        <Suspense fallback={null}>
          <SaveAlert
            status={saveStatus}
            onDismiss={dismissSave}
            onExport={() => void import('./export-progress.ts').then((m) => m.exportProgress(api))}
            t={t}
          />
        </Suspense>
      )}
    </>
  );
}
