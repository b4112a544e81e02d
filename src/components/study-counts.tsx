import type { Translate } from '../i18n/messages.ts';

interface StudyCountsProps {
  fresh: number;
  learning: number;
  review: number;
  t: Translate;
}

/** New / learning / review cards left, as Anki shows them above the card. */
export function StudyCounts({ fresh, learning, review, t }: StudyCountsProps) {
  return (
    <dl className="study-counts" aria-label={t('study.remaining')}>
      <div className="count count-new">
        <dt>{t('study.countNew')}</dt>
        <dd>{fresh}</dd>
      </div>
      <div className="count count-learning">
        <dt>{t('study.countLearning')}</dt>
        <dd>{learning}</dd>
      </div>
      <div className="count count-review">
        <dt>{t('study.countReview')}</dt>
        <dd>{review}</dd>
      </div>
    </dl>
  );
}
