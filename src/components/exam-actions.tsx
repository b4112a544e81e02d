import type { Translate } from '../i18n/messages.ts';

const Key = ({ k }: { k: string }) => (
  <span className="kbd key-hint" aria-hidden="true">
    {k}
  </span>
);

interface ExamActionsProps {
  first: boolean;
  last: boolean;
  flagged: boolean;
  onPrev: () => void;
  onFlag: () => void;
  onNext: () => void;
  onFinish: () => void;
  t: Translate;
}

/** The exam's controls, in one bar: previous, flag for review (a toggle), next, finish. */
export function ExamActions(props: ExamActionsProps) {
  const { first, last, flagged, onPrev, onFlag, onNext, onFinish, t } = props;
  return (
    <div className="exam-actions">
      <button type="button" onClick={onPrev} disabled={first} aria-keyshortcuts="P">
        {t('mock.prev')} <Key k="P" />
      </button>
      <button type="button" aria-pressed={flagged} onClick={onFlag} aria-keyshortcuts="F">
        <span aria-hidden="true">⚑</span> {t('mock.flag')} <Key k="F" />
      </button>
      <button type="button" onClick={onNext} disabled={last} aria-keyshortcuts="N">
        {t('mock.next')} <Key k="N" />
      </button>
      <button type="button" className="primary" onClick={onFinish}>
        {t('mock.finish')}
      </button>
    </div>
  );
}
