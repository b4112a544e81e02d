interface StatListProps {
  items: readonly { key: string; label: string; value: string }[];
  className?: string;
}

/** A row of labelled figures. */
export function StatList({ items, className = 'stat-list' }: StatListProps) {
  return (
    <dl className={className}>
      {items.map((item) => (
        <div key={item.key} className="stat">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
