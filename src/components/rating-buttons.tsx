import type { Grade } from '../domain/card-state';
import type { Translate } from '../i18n/messages';

export interface RatingOption {
  readonly rating: Grade;
  /** Short next interval, e.g. "10분". */
  readonly interval: string;
}

interface RatingButtonsProps {
  options: readonly RatingOption[];
  onRate: (rating: Grade) => void;
  t: Translate;
}

/** Again / Hard / Good / Easy, each with the interval it would schedule. */
export function RatingButtons({ options, onRate, t }: RatingButtonsProps) {
  return (
    <fieldset className="rating-buttons">
      <legend className="visually-hidden">{t('study.rateLabel')}</legend>
      {options.map(({ rating, interval }) => {
        const name = t(`study.rate.${rating}`);
        return (
          <button
            key={rating}
            type="button"
            className={`rate rate-${rating}`}
            onClick={() => onRate(rating)}
            aria-keyshortcuts={String(rating)}
            aria-label={t('study.rateAria', { rating: name, interval, key: rating })}
          >
            <span className="rate-name">{name}</span>
            <span className="rate-interval">{interval}</span>
            <span className="kbd rate-key" aria-hidden="true">
              {rating}
            </span>
          </button>
        );
      })}
    </fieldset>
  );
}
