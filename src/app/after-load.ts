import type { AppStore } from '../store/app-store.ts';
import { readSyncConfig } from '../store/sync-config.ts';

/**
 * What starts once the page has loaded and settled (src/main.tsx): the service worker
 * (built app only), and sync if this device has it on. Each loads its code only then.
 */
export function afterLoad(store: AppStore): void {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void import('./service-worker.ts').then((m) => m.startServiceWorker(store));
  }
  if (readSyncConfig()) void import('./sync-runner.ts').then((m) => m.resumeSync(store));
}
