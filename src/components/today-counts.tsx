import type { Translate } from '../i18n/messages.ts';

interface TodayCountsProps {
  due: number;
  learning: number;
  fresh: number;
  t: Translate;
}

/** The three numbers of the home page, in the study screen's order and colours (as Anki). */
export function TodayCounts({ due, learning, fresh, t }: TodayCountsProps) {
  const items = [
    { key: 'new', kind: 'new', label: t('home.new'), value: fresh },
    { key: 'learning', kind: 'learning', label: t('home.learning'), value: learning },
    { key: 'due', kind: 'review', label: t('home.due'), value: due },
  ];
  return (
    <dl className="today-counts">
      {items.map((item) => (
        <div key={item.key} className={`today-count today-${item.key} count-${item.kind}`}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
