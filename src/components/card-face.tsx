import type { Ref } from 'react';
import type { StudyCard } from '../content/deck-builder.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { FactNotes } from './fact-notes.tsx';

interface CardFaceProps {
  card: StudyCard;
  lang: Lang;
  revealed: boolean;
  t: Translate;
  /** Receives the answer region, so the route can move focus to it on reveal. */
  answerRef?: Ref<HTMLElement>;
  /** Quiz mode: whether the learner's pick was right, said first in the answer. */
  verdict?: { readonly right: boolean; readonly text: string } | null;
}

/** The question, and once revealed the answer with its explanation and source. */
export function CardFace({ card, lang, revealed, t, answerRef, verdict }: CardFaceProps) {
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
          {verdict && (
            <p className={`quiz-verdict ${verdict.right ? 'right' : 'wrong'}`}>
              {verdict.right ? '✓ ' : '✗ '}
              {verdict.text}
            </p>
          )}
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
