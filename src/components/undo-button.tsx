import type { Translate } from '../i18n/messages.ts';

interface UndoButtonProps {
  onUndo: () => void;
  canUndo: boolean;
  className?: string;
  t: Translate;
}

/** Takes back this session's last answer (also U or Ctrl+Z). */
export function UndoButton({ onUndo, canUndo, className = 'secondary', t }: UndoButtonProps) {
  return (
    <button
      type="button"
      className={className}
      onClick={onUndo}
      disabled={!canUndo}
      aria-keyshortcuts="U Control+Z"
      title={t('study.undoHint')}
    >
      {t('study.undo')}
    </button>
  );
}
