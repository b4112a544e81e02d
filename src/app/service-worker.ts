import { registerSW } from 'virtual:pwa-register';
import type { AppStore } from '../store/app-store.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Registers the service worker. A new version waits until the learner accepts the
 * prompt; if another tab accepts it, this tab is told instead of being reloaded under
 * the learner.
 */
export function startServiceWorker(store: AppStore): void {
  let acceptedHere = false;
  const activate = registerSW({
    immediate: true,
    onNeedRefresh() {
      store.setState({ update: 'ready' });
    },
    onNeedReload() {
      if (acceptedHere) window.location.reload();
      else store.setState({ update: 'applied' });
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      setInterval(check, HOUR_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
  store.setState({
    applyUpdate() {
      if (store.getState().update === 'applied') {
        window.location.reload();
        return;
      }
      acceptedHere = true;
      void activate();
    },
  });
}
