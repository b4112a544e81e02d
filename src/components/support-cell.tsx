import type { Cell, Support, ValueCell } from '../content/types';
import type { Lang, MessageKey, Translate } from '../i18n/messages';

const ICON: Readonly<Record<Support, string>> = {
  yes: '✓',
  no: '✗',
  partial: '◐',
  na: '–',
  undocumented: '?',
};

export const SUPPORT_LABEL: Readonly<Record<Support, MessageKey>> = {
  yes: 'support.yes',
  no: 'support.no',
  partial: 'support.partial',
  na: 'support.na',
  undocumented: 'support.undocumented',
};

interface SupportCellProps {
  cell: Cell | ValueCell;
  lang: Lang;
  t: Translate;
}

/** One API type's cell: an icon with readable text, and the cell's short note. */
export function SupportCell({ cell, lang, t }: SupportCellProps) {
  if ('value' in cell) return <td className="cell-value">{cell.value[lang]}</td>;
  return (
    <td className={`cell cell-${cell.support}`}>
      <span className="cell-status">
        <span className="cell-icon" aria-hidden="true">
          {ICON[cell.support]}
        </span>{' '}
        {t(SUPPORT_LABEL[cell.support])}
      </span>
      {cell.note && <span className="cell-note">{cell.note[lang]}</span>}
    </td>
  );
}
