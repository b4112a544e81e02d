import type { Ref } from 'react';
import type { StudyCard } from '../content/deck-builder';
import type { Lang, Translate } from '../i18n/messages';
import { FactNotes } from './fact-notes';

interface CardFaceProps {
  card: StudyCard;
  lang: Lang;
  revealed: boolean;
  t: Translate;
  /** Receives the answer region, so the route can move focus to it on reveal. */
  answerRef?: Ref<HTMLElement>;
}

/** The question, and once revealed the answer with its explanation and source. */
export function CardFace({ card, lang, revealed, t, answerRef }: CardFaceProps) {
  return (
    <article className="card" aria-labelledby="card-question">
      <p className="card-meta">
        <span className="visually-hidden">{t('study.question')}</span>
        {card.core && <span className="badge">{t('study.core')}</span>}
      </p>
      <h2 id="card-question" className="card-question">
        {card.question[lang]}
      </h2>
      {revealed && (
        <section
          ref={answerRef}
          className="card-answer"
          aria-label={t('study.answer')}
          tabIndex={-1}
        >
          <p className="answer-text">{card.answer[lang]}</p>
          <FactNotes
            explanation={card.explanation}
            notesDiffer={card.notesDiffer}
            source={card.source}
            lang={lang}
            t={t}
          />
        </section>
      )}
    </article>
  );
}
