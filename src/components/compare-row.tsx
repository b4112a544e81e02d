import { Link } from 'react-router-dom';
import { API_TYPE_LABEL } from '../content/api-type-label.ts';
import { API_TYPES, type FeatureRow } from '../content/types.ts';
import type { RowMastery } from '../domain/mastery.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { FactNotes } from './fact-notes.tsx';
import { MasteryBadge } from './mastery-badge.tsx';
import { SupportCell } from './support-cell.tsx';

interface CompareRowProps {
  row: FeatureRow;
  mastery: RowMastery;
  /** Link that starts a session with this row's cards. */
  studyHref: string;
  highlighted: boolean;
  lang: Lang;
  t: Translate;
}

/**
 * One feature: its name (the row header) with a disclosure of notes and source, the three
 * API types' cells, and the learner's mastery with a compact "study this row" link.
 */
export function CompareRow({ row, mastery, studyHref, highlighted, lang, t }: CompareRowProps) {
  const name = row.name[lang];
  return (
    <tr id={row.id} className={highlighted ? 'highlight' : undefined}>
      <th scope="row" tabIndex={-1}>
        <span className="feature-name">{name}</span>
        {row.core && <span className="badge">{t('study.core')}</span>}
        <details>
          <summary>{t('compare.details')}</summary>
          <CompareCellNotes row={row} lang={lang} />
          <FactNotes
            explanation={row.explanation}
            notesDiffer={row.notesDiffer}
            source={row.source}
            lang={lang}
            t={t}
          />
        </details>
      </th>
      {API_TYPES.map((type) => (
        <SupportCell key={type} cell={row.cells[type]} lang={lang} t={t} />
      ))}
      <td className="cell-mastery">
        <MasteryBadge mastery={mastery} t={t} />
        <Link
          className="study-link"
          to={studyHref}
          aria-label={t('compare.studyRowNamed', { name })}
        >
          <span aria-hidden="true">▶&#xFE0E;</span>
          {t('compare.studyShort')}
        </Link>
      </td>
    </tr>
  );
}

/**
 * The cells' notes, by type. Shown only on a phone, where the cells are too narrow for
 * them (compare.css hides one of the two places at every width, so each note is read once).
 */
function CompareCellNotes({ row, lang }: { row: FeatureRow; lang: Lang }) {
  if (row.kind !== 'support') return null;
  const notes = API_TYPES.flatMap((type) => {
    const note = row.cells[type].note;
    return note ? [{ type, note: note[lang] }] : [];
  });
  if (notes.length === 0) return null;
  return (
    <ul className="cell-notes">
      {notes.map(({ type, note }) => (
        <li key={type}>
          <strong>{API_TYPE_LABEL[type]}</strong>: {note}
        </li>
      ))}
    </ul>
  );
}
