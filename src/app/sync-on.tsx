import { useState } from 'react';
import { renderSVG } from 'uqr';
import { useStore } from 'zustand';
import { formatDateTime } from '../i18n/format.ts';
import { syncStatus } from '../store/sync.ts';
import type { SyncConfig } from '../store/sync-config.ts';
import { useT } from './use-t.ts';

/** The link that pairs another device: the settings page with this device's sync settings. */
export function pairingLink(config: SyncConfig): string {
  const data = JSON.stringify({
    s: config.server || window.location.origin,
    k: config.key,
    t: config.token,
  });
  return `${window.location.origin}/settings#sync=${encodeURIComponent(data)}`;
}

/** Sync is on: its status, the link and QR code that pair another device, and the way off. */
export function SyncOn({ config, onOff }: { config: SyncConfig; onOff: () => void }) {
  const { t, lang } = useT();
  const status = useStore(syncStatus);
  const [copied, setCopied] = useState(false);
  const link = pairingLink(config);
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(link))}`;
  const refused = status.state === 'bad-token' || status.state === 'bad-key';
  return (
    <div className="sync-on">
      <p role="status" className={refused ? 'field-error' : undefined}>
        {t(`sync.state.${status.state}`)}
      </p>
      <ul>
        <li>
          {status.lastSyncedAt === null
            ? t('sync.neverSynced')
            : t('sync.lastSynced', { when: formatDateTime(lang, status.lastSyncedAt) })}
        </li>
        <li>{t('sync.waiting', { count: status.waiting })}</li>
        {status.unreadable > 0 && (
          <li className="warning-text">{t('sync.unreadable', { count: status.unreadable })}</li>
        )}
      </ul>
      <h3>{t('sync.pairTitle')}</h3>
      <p>{t('sync.pairBody')}</p>
      <img className="sync-qr" src={qr} width={180} height={180} alt={t('sync.qrAlt')} />
      <div className="field">
        <label htmlFor="sync-link">{t('sync.pairLink')}</label>
        <input id="sync-link" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          className="secondary small"
          onClick={() =>
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t(copied ? 'sync.copied' : 'sync.copy')}
        </button>
      </div>
      <button type="button" className="secondary" onClick={onOff}>
        {t('sync.turnOff')}
      </button>
    </div>
  );
}
