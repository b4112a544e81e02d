import type { SessionSummary } from '../domain/session-summary.ts';
import { formatDuration, formatNumber, formatPercent } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { StatList } from './stat-list.tsx';

interface SessionSummaryViewProps {
  summary: SessionSummary;
  /** The question of each missed card, by id. */
  questionOf: (cardId: string) => string;
  lang: Lang;
  t: Translate;
}

/**
 * What a sitting added up to: first-try accuracy as the headline, then the cards and
 * answers by kind (practice apart: it left the schedule as it was), the time spent
 * answering, and the cards missed.
 */
export function SessionSummaryView({ summary, questionOf, lang, t }: SessionSummaryViewProps) {
  const n = (x: number) => formatNumber(lang, x);
  const items = [
    { key: 'cards', label: t('summary.cards'), value: n(summary.cards) },
    { key: 'new', label: t('summary.new'), value: n(summary.fresh) },
    { key: 'learning', label: t('summary.learning'), value: n(summary.learning) },
    { key: 'review', label: t('summary.review'), value: n(summary.review) },
    { key: 'practice', label: t('summary.practice'), value: n(summary.practice) },
    { key: 'time', label: t('summary.time'), value: formatDuration(lang, summary.activeMs) },
  ];
  return (
    <div className="session-summary">
      {summary.accuracy !== null && (
        <p className="headline">
          <span className="headline-figure">{formatPercent(lang, summary.accuracy)}</span>{' '}
          <span className="headline-label">
            {t('summary.accuracy', { right: summary.firstTryRight, cards: summary.cards })}
          </span>
        </p>
      )}
      <StatList items={items} className="stat-list summary-stats" />
      {summary.practice > 0 && <p className="hint">{t('summary.practiceHint')}</p>}
      {summary.missed.length > 0 && (
        <>
          <h3>{t('summary.missed', { count: summary.missed.length })}</h3>
          <ul className="missed-list">
            {summary.missed.map((id) => (
              <li key={id}>{questionOf(id)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
