import type { RowMastery } from '../domain/mastery.ts';
import type { Translate } from '../i18n/messages.ts';

/** A row's mastery as text (colour is only a second cue). */
export function MasteryBadge({ mastery, t }: { mastery: RowMastery; t: Translate }) {
  return <span className={`mastery mastery-${mastery}`}>{t(`mastery.${mastery}`)}</span>;
}
