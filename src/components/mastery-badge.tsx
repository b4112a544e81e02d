import type { RowMastery } from '../domain/mastery';
import type { Translate } from '../i18n/messages';

/** A row's mastery as text (colour is only a second cue). */
export function MasteryBadge({ mastery, t }: { mastery: RowMastery; t: Translate }) {
  return <span className={`mastery mastery-${mastery}`}>{t(`mastery.${mastery}`)}</span>;
}
