import { useEffect, useRef } from 'react';
import type { MessageKey, Translate } from '../i18n/messages';

const SHORTCUTS: readonly (readonly [string, MessageKey])[] = [
  ['Space / Enter', 'help.reveal'],
  ['1 · 2 · 3 · 4', 'help.rate'],
  ['U / Ctrl+Z', 'help.undo'],
  ['?', 'help.open'],
  ['Esc', 'help.close'],
];

interface ShortcutHelpProps {
  onClose: () => void;
  t: Translate;
}

/**
 * The keyboard shortcuts, in a modal dialog: focus stays inside while it is open (the
 * page behind is inert), Escape closes it, and focus returns to where it was.
 */
export function ShortcutHelp({ onClose, t }: ShortcutHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    el?.showModal();
    return () => {
      el?.close();
      before?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="shortcut-help"
      aria-labelledby="shortcut-help-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="shortcut-help-title">{t('help.title')}</h2>
      <table className="data-table">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row">
                <span className="kbd">{keys}</span>
              </th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="primary" onClick={onClose}>
        {t('help.closeButton')}
      </button>
    </dialog>
  );
}
