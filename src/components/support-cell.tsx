import type { ReactNode } from 'react';
import type { Cell, Support, ValueCell } from '../content/types.ts';
import type { Lang, MessageKey, Translate } from '../i18n/messages.ts';

const ICON: Readonly<Record<Support, string>> = {
  yes: '✓',
  no: '✗',
  partial: '◐',
  na: '–',
  undocumented: '?',
};

const SUPPORT_LABEL: Readonly<Record<Support, MessageKey>> = {
  yes: 'support.yes',
  no: 'support.no',
  partial: 'support.partial',
  na: 'support.na',
  undocumented: 'support.undocumented',
};

/** The word a phone shows beside the icon, where the full label does not fit (compare.css). */
const SHORT_LABEL: Readonly<Record<Support, MessageKey>> = {
  yes: 'support.short.yes',
  no: 'support.short.no',
  partial: 'support.short.partial',
  na: 'support.short.na',
  undocumented: 'support.short.undocumented',
};

interface SupportCellProps {
  cell: Cell | ValueCell;
  lang: Lang;
  t: Translate;
}

/**
 * One API type's cell: an icon (decoration) with the support level in words, and the cell's
 * short note. On a phone the words are shorter and the note gives way to a mark (the row's
 * disclosure lists the notes).
 */
export function SupportCell({ cell, lang, t }: SupportCellProps) {
  if ('value' in cell) return <td className="cell-value">{withBreaks(cell.value[lang])}</td>;
  return (
    <td className={`cell cell-${cell.support}`}>
      <span className="cell-status">
        <span className="cell-icon" aria-hidden="true">
          {ICON[cell.support]}
        </span>{' '}
        {/* Screen readers always get the full label; eyes get one of the two by width. */}
        <span className="cell-label">{t(SUPPORT_LABEL[cell.support])}</span>
        <span className="cell-label-short" aria-hidden="true">
          {t(SHORT_LABEL[cell.support])}
        </span>
        {cell.note && (
          <span className="cell-note-mark" aria-hidden="true">
            *
          </span>
        )}
      </span>
      {/* The space keeps the label and the note two words for screen readers. */}
      {cell.note && (
        <>
          {' '}
          <span className="cell-note">{withBreaks(cell.note[lang])}</span>
        </>
      )}
    </td>
  );
}

/**
 * Lets "Request/response" wrap after its slash and "AutoDeploy(API·CloudFormation·CDK)" before
 * its bracket: Chrome does not break there by itself, and such a run is wider than a phone's
 * third of the screen (on a wide screen it would widen its column past the page).
 */
function withBreaks(text: string): ReactNode {
  const at = new Set(
    [...text.matchAll(/\/|(?<=\S)\(/g)].map((m) => m.index + (m[0] === '/' ? 1 : 0)),
  );
  if (at.size === 0) return text;
  const parts: ReactNode[] = [];
  let start = 0;
  for (const end of at) {
    parts.push(text.slice(start, end), <wbr key={end} />);
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}
