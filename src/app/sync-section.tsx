import { lazy, Suspense, useState } from 'react';
import { useAppStoreApi } from '../store/store-context.tsx';
import {
  newSyncKey,
  readSyncConfig,
  SYNC_KEY,
  type SyncConfig,
  serverUrl,
} from '../store/sync-config.ts';
import { disableSync, enableSync } from './sync-runner.ts';
import { useT } from './use-t.ts';

// Status, pairing link and QR code come with the sync code, loaded only while sync is on.
const SyncOn = lazy(async () => ({ default: (await import('./sync-on.tsx')).SyncOn }));

/** The origins this page may connect to (its Content Security Policy allows no other). */
function allowedOrigins(): string[] {
  return [window.location.origin, ...(__SYNC_ORIGIN__ ? [__SYNC_ORIGIN__] : [])];
}

/** A pairing link's settings (`#sync=…` in the address), if the page was opened by one. */
export function pairingFromHash(hash: string): Partial<SyncConfig> | null {
  const m = /^#sync=(.+)$/.exec(hash);
  if (!m?.[1]) return null;
  try {
    const o = JSON.parse(decodeURIComponent(m[1])) as Record<string, unknown>;
    return {
      server: typeof o.s === 'string' ? o.s : '',
      key: typeof o.k === 'string' ? o.k : '',
      token: typeof o.t === 'string' ? o.t : '',
    };
  } catch {
    return null;
  }
}

type Problem = 'server' | 'key' | 'token' | 'storage' | null;

/** Settings → Sync: off, a form to turn it on (or to pair with a link); on, its status. */
export function SyncSection() {
  const { t } = useT();
  const api = useAppStoreApi();
  const [on, setOn] = useState(() => readSyncConfig());
  const paired = pairingFromHash(window.location.hash);
  const [server, setServer] = useState(paired?.server || __SYNC_ORIGIN__ || window.location.origin);
  const [key, setKey] = useState(paired?.key ?? '');
  const [token, setToken] = useState(paired?.token ?? '');
  const [problem, setProblem] = useState<Problem>(null);

  if (on) {
    return (
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <SyncOn
          config={on}
          onOff={() => {
            disableSync();
            setOn(null);
          }}
        />
      </Suspense>
    );
  }

  const turnOn = async () => {
    const url = serverUrl(server.trim());
    if (!url || !allowedOrigins().includes(url.origin)) return setProblem('server');
    if (!SYNC_KEY.test(key.trim())) return setProblem('key');
    if (token.trim() === '') return setProblem('token');
    const config: SyncConfig = {
      server: url.origin === window.location.origin ? '' : url.origin,
      key: key.trim(),
      token: token.trim(),
    };
    if (await enableSync(api, config)) return setProblem('storage');
    setProblem(null);
    setOn(config);
  };

  return (
    <form
      className="sync-form"
      onSubmit={(e) => {
        e.preventDefault();
        void turnOn();
      }}
    >
      <p>{t('sync.intro')}</p>
      {paired && <p className="notice">{t('sync.paired')}</p>}
      <div className="field">
        <label htmlFor="sync-server">{t('sync.server')}</label>
        <input
          id="sync-server"
          type="url"
          value={server}
          onChange={(e) => setServer(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="sync-key">{t('sync.key')}</label>
        <input
          id="sync-key"
          value={key}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setKey(e.target.value)}
        />
        <button type="button" className="secondary small" onClick={() => setKey(newSyncKey())}>
          {t('sync.newKey')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="sync-token">{t('sync.token')}</label>
        <input
          id="sync-token"
          type="password"
          value={token}
          autoComplete="off"
          onChange={(e) => setToken(e.target.value)}
        />
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {t(`sync.problem.${problem}`, { origins: allowedOrigins().join(', ') })}
        </p>
      )}
      <button type="submit" className="primary">
        {t('sync.turnOn')}
      </button>
    </form>
  );
}
