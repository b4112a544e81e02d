import type { Translate } from '../i18n/messages';

interface TodayCountsProps {
  due: number;
  learning: number;
  fresh: number;
  t: Translate;
}

/** The three numbers of the home page. */
export function TodayCounts({ due, learning, fresh, t }: TodayCountsProps) {
  const items = [
    { key: 'due', label: t('home.due'), value: due },
    { key: 'learning', label: t('home.learning'), value: learning },
    { key: 'new', label: t('home.new'), value: fresh },
  ];
  return (
    <dl className="today-counts">
      {items.map((item) => (
        <div key={item.key} className={`today-count today-${item.key}`}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
