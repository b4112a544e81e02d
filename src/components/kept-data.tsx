import { formatDateTime } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';

export interface KeptItem {
  readonly key: string;
  readonly reason: 'damaged' | 'replaced' | 'older';
  readonly savedAt: number | null;
  readonly bytes: number;
}

interface KeptDataProps {
  items: readonly KeptItem[];
  /** Keys downloaded in this visit: only those can be removed. */
  downloaded: ReadonlySet<string>;
  onDownload: (key: string) => void;
  onRemove: (key: string) => void;
  lang: Lang;
  t: Translate;
}

const REASON = {
  damaged: 'kept.reason.damaged',
  replaced: 'kept.reason.replaced',
  older: 'kept.reason.older',
} as const;

/** Values kept aside in storage: download each, and remove it once downloaded. */
export function KeptData({ items, downloaded, onDownload, onRemove, lang, t }: KeptDataProps) {
  if (items.length === 0) return <p>{t('kept.none')}</p>;
  return (
    <>
      <p>{t('kept.intro')}</p>
      <ul className="kept-list">
        {items.map((item) => {
          const label = t('kept.item', {
            reason: t(REASON[item.reason]),
            date:
              item.savedAt === null ? t('kept.unknownDate') : formatDateTime(lang, item.savedAt),
            size: Math.max(1, Math.round(item.bytes / 1024)),
          });
          const hintId = `kept-hint-${item.key.replace(/[^a-z0-9]/gi, '')}`;
          return (
            <li key={item.key}>
              <span>{label}</span>
              <span className="actions">
                <button type="button" className="small" onClick={() => onDownload(item.key)}>
                  {t('kept.download')}
                </button>
                <button
                  type="button"
                  className="small secondary"
                  disabled={!downloaded.has(item.key)}
                  aria-describedby={downloaded.has(item.key) ? undefined : hintId}
                  onClick={() => onRemove(item.key)}
                >
                  {t('kept.remove')}
                </button>
              </span>
              {!downloaded.has(item.key) && (
                <span id={hintId} className="hint">
                  {t('kept.removeHint')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
