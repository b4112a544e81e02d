import type { Source, Text } from '../content/types.ts';
import type { Lang, Translate } from '../i18n/messages.ts';

interface FactNotesProps {
  explanation: Text;
  notesDiffer: Text | undefined;
  source: Source;
  lang: Lang;
  t: Translate;
}

/** A fact's explanation, where the learner's notes differ, and its source. */
export function FactNotes({ explanation, notesDiffer, source, lang, t }: FactNotesProps) {
  return (
    <>
      <p className="explanation">
        <span className="visually-hidden">{t('study.explanation')}: </span>
        {explanation[lang]}
      </p>
      {notesDiffer && (
        <p className="notes-differ">
          <strong>{t('study.notesDiffer')}</strong> {notesDiffer[lang]}
        </p>
      )}
      <p className="source">
        {t('study.source')}:{' '}
        {source.url ? (
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {source.label}
          </a>
        ) : (
          t('study.seedSource')
        )}
      </p>
    </>
  );
}
