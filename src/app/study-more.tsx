import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { API_TYPE_LABEL } from '../content/api-type-label.ts';
import { DECK_ORDER, SIBLINGS } from '../content/deck-order.ts';
import { API_TYPES } from '../content/types.ts';
import { DEFAULT_EXTRA_NEW } from '../domain/defaults.ts';
import { buriedToday } from '../domain/queue.ts';
import { AHEAD_CHOICES, addExtraNew, cardsDueAhead, unseenCards } from '../domain/study-more.ts';
import { localDayKey } from '../domain/time.ts';
import { useAppStore } from '../store/store-context.tsx';
import { paths } from './paths.ts';
import { useContent } from './use-content.ts';
import { useStudyDay } from './use-session-queue.ts';
import { useT } from './use-t.ts';

/** How many deck cards carry each key (API type, feature group). */
function countKeys(items: readonly { readonly keys: readonly string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { keys } of items) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * Today's queue is done, and there is no dead end: more new cards today, review ahead (as
 * practice), or a session over one API type or one feature group, as Anki's custom study.
 */
export function StudyMore({ now }: { now: number }) {
  const { t, lang } = useT();
  const cards = useAppStore((s) => s.cards);
  const log = useAppStore((s) => s.log);
  const bury = useAppStore((s) => s.settings.bury);
  const extraNew = useAppStore((s) => s.settings.extraNew);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const { dayStart } = useStudyDay();
  const { byType, byGroup, groups } = useContent();
  const [days, setDays] = useState<number>(AHEAD_CHOICES[1]);
  const daysId = useId();

  const newToday = useMemo(() => {
    const buried = bury ? buriedToday(log, now, dayStart, SIBLINGS) : new Set<string>();
    return unseenCards(DECK_ORDER, cards).filter((id) => !buried.has(id)).length;
  }, [cards, log, now, dayStart, bury]);
  const ahead = useMemo(
    () => cardsDueAhead(DECK_ORDER, cards, now, days, dayStart).length,
    [cards, now, days, dayStart],
  );
  const typeCounts = useMemo(() => countKeys(byType), [byType]);
  const groupCounts = useMemo(() => countKeys(byGroup), [byGroup]);
  const more = Math.min(DEFAULT_EXTRA_NEW, newToday);

  return (
    <section className="panel study-more" aria-labelledby="study-more-title">
      <h2 id="study-more-title">{t('more.title')}</h2>
      <div className="more-option">
        <h3>{t('more.newTitle')}</h3>
        {more > 0 ? (
          <button
            type="button"
            className="primary"
            onClick={() =>
              updateSettings({
                extraNew: addExtraNew(extraNew, localDayKey(now, dayStart), more),
              })
            }
          >
            {t('more.extraNew', { count: more })}
          </button>
        ) : (
          <p>{t(unseenCards(DECK_ORDER, cards).length > 0 ? 'more.newBuried' : 'more.noNew')}</p>
        )}
      </div>
      <div className="more-option">
        <h3>{t('more.aheadTitle')}</h3>
        <p className="hint">{t('more.aheadHint')}</p>
        <div className="more-row">
          <label htmlFor={daysId}>{t('more.aheadDays')}</label>
          <select id={daysId} value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {AHEAD_CHOICES.map((d) => (
              <option key={d} value={d}>
                {t('more.aheadOption', { days: d })}
              </option>
            ))}
          </select>
          {ahead > 0 ? (
            <Link className="button" to={paths.studyAhead(days)}>
              {t('more.aheadStart', { count: ahead })}
            </Link>
          ) : (
            <span>{t('more.aheadNone')}</span>
          )}
        </div>
      </div>
      <div className="more-option">
        <h3>{t('more.typeTitle')}</h3>
        <ul className="more-links">
          {API_TYPES.map((type) => (
            <li key={type}>
              <Link className="more-link" to={paths.studyType(type)}>
                {API_TYPE_LABEL[type]} ({typeCounts.get(type) ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <div className="more-option">
        <h3>{t('more.groupTitle')}</h3>
        <ul className="more-links">
          {groups
            .filter((g) => (groupCounts.get(g.id) ?? 0) > 0)
            .map((g) => (
              <li key={g.id}>
                <Link className="more-link" to={paths.studyGroup(g.id)}>
                  {g.name[lang]} ({groupCounts.get(g.id) ?? 0})
                </Link>
              </li>
            ))}
        </ul>
      </div>
    </section>
  );
}
