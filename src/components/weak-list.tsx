import { Link } from 'react-router-dom';
import type { StudyCard } from '../content/deck-builder';
import type { WeakCard } from '../domain/weak';
import type { Lang, Translate } from '../i18n/messages';

interface WeakListProps {
  items: readonly { weak: WeakCard; card: StudyCard }[];
  rowHref: (rowId: string) => string;
  lang: Lang;
  t: Translate;
}

/** Weak cards, weakest first, each with why it is weak and a link to its comparison row. */
export function WeakList({ items, rowHref, lang, t }: WeakListProps) {
  return (
    <ol className="weak-list">
      {items.map(({ weak, card }) => {
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
  );
}
