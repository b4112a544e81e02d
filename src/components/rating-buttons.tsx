import type { Grade } from '../domain/card-state.ts';
import type { Translate } from '../i18n/messages.ts';

export interface RatingOption {
  readonly rating: Grade;
  /** Short next interval, e.g. "10분". */
  readonly interval: string;
}

interface RatingButtonsProps {
  options: readonly RatingOption[];
  onRate: (rating: Grade) => void;
  /** Quiz mode's suggestion after a pick; the learner still chooses. */
  suggested?: Grade | null;
  t: Translate;
}

/** Again / Hard / Good / Easy, each with the interval it would schedule. */
export function RatingButtons({ options, onRate, suggested = null, t }: RatingButtonsProps) {
  return (
    <fieldset className="rating-buttons">
      <legend className="visually-hidden">{t('study.rateLabel')}</legend>
      {options.map(({ rating, interval }) => {
        const name = t(`study.rate.${rating}`);
        const isSuggested = rating === suggested;
        const aria = t('study.rateAria', { rating: name, interval, key: rating });
        return (
          <button
            key={rating}
            type="button"
            className={`rate rate-${rating}${isSuggested ? ' suggested' : ''}`}
            onClick={() => onRate(rating)}
            aria-keyshortcuts={rating === 3 ? '3 Space Enter' : String(rating)}
            aria-label={isSuggested ? `${aria} · ${t('quiz.suggested')}` : aria}
          >
            {isSuggested && <span className="rate-suggested">{t('quiz.suggested')}</span>}
            <span className="rate-name">{name}</span>
            <span className="rate-interval">{interval}</span>
            <span className="kbd key-hint rate-key" aria-hidden="true">
              {rating}
            </span>
          </button>
        );
      })}
    </fieldset>
  );
}
