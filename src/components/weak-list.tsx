import { Link } from 'react-router-dom';
import type { StudyCard } from '../content/deck-builder.ts';
import type { WeakCard } from '../domain/weak.ts';
import type { Lang, Translate } from '../i18n/messages.ts';

/** The weakest shown; the rest are counted (and all are in the weak-card session). */
const WEAK_LIST_SHOWN = 20;

interface WeakListProps {
  items: readonly { weak: WeakCard; card: StudyCard }[];
  rowHref: (rowId: string) => string;
  lang: Lang;
  t: Translate;
}

/** Weak cards, weakest first, each with why it is weak and a link to its comparison row. */
export function WeakList({ items, rowHref, lang, t }: WeakListProps) {
  const rest = items.length - WEAK_LIST_SHOWN;
  return (
    <>
      <ol className="weak-list">
        {items.slice(0, WEAK_LIST_SHOWN).map(({ weak, card }) => {
          const rowId = card.rowIds[0];
          return (
            <li key={weak.cardId}>
              <p className="weak-question">{card.question[lang]}</p>
              <p className="weak-reasons">
                {weak.reasons.map((r) => (
                  <span key={r} className={`reason reason-${r}`}>
                    {t(`weak.reason.${r}`, {
                      lapses: weak.lapses,
                      recall: Math.round(weak.recall * 100),
                    })}
                  </span>
                ))}
              </p>
              {rowId && (
                <Link to={rowHref(rowId)} className="weak-row-link">
                  {t('weak.toRow')}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
      {rest > 0 && <p className="muted">{t('weak.more', { count: rest })}</p>}
    </>
  );
}
