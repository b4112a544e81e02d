import type { MasteryTally } from '../domain/stats.ts';
import type { Translate } from '../i18n/messages.ts';

interface MasteryBarsProps {
  items: readonly { key: string; label: string; tally: MasteryTally }[];
  t: Translate;
}

/** Studied and mastered share per API type or feature group. */
export function MasteryBars({ items, t }: MasteryBarsProps) {
  return (
    <ul className="mastery-bars">
      {items.map(({ key, label, tally }) => {
        const studied = tally.total ? (tally.studied / tally.total) * 100 : 0;
        const mastered = tally.total ? (tally.mastered / tally.total) * 100 : 0;
        return (
          <li key={key}>
            <span className="bar-title">{label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-studied" style={{ width: `${studied}%` }} />
              <span className="bar-mastered" style={{ width: `${mastered}%` }} />
            </span>
            <span className="bar-text">
              {t('progress.masteryLine', {
                studied: tally.studied,
                mastered: tally.mastered,
                total: tally.total,
              })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
