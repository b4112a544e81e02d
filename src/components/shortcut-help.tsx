import type { MessageKey, Translate } from '../i18n/messages.ts';
import { ModalDialog } from './modal-dialog.tsx';

const SHORTCUTS: readonly (readonly [string, MessageKey])[] = [
  ['Space / Enter', 'help.reveal'],
  ['1 · 2 · 3 · 4', 'help.rate'],
  ['1 – 5', 'help.pick'],
  ['U / Ctrl+Z', 'help.undo'],
  ['1 – 5 · N · P · F', 'help.exam'],
  ['?', 'help.open'],
  ['Esc', 'help.close'],
];

interface ShortcutHelpProps {
  onClose: () => void;
  t: Translate;
}

/** The keyboard shortcuts, in a modal dialog (Escape closes it). */
export function ShortcutHelp({ onClose, t }: ShortcutHelpProps) {
  return (
    <ModalDialog labelledBy="shortcut-help-title" className="shortcut-help" onClose={onClose}>
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
    </ModalDialog>
  );
}
