import { CHOICE_LETTERS, type StudyCard } from '../content/deck-builder.ts';
import type { ChoiceQuestion } from '../domain/quiz.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { FactNotes } from './fact-notes.tsx';
import { QuizChoices } from './quiz-choices.tsx';

export interface ReviewItem {
  /** 1-based place in the exam. */
  readonly n: number;
  readonly card: StudyCard;
  readonly question: ChoiceQuestion;
  readonly picks: readonly number[];
}

function named(question: ChoiceQuestion, picks: readonly number[], lang: Lang): string {
  return [...picks]
    .sort((a, b) => a - b)
    .map((i) =>
      question.kind === 'scenario' ? CHOICE_LETTERS[i] : (question.options[i]?.[lang] ?? ''),
    )
    .join(', ');
}

const noPick = () => {};

interface ExamReviewProps {
  items: readonly ReviewItem[];
  total: number;
  lang: Lang;
  t: Translate;
}

/**
 * The questions missed: the stem, the learner's answer, the options marked (right ones,
 * wrong picks, why each wrong option is wrong), the answer and its explanation.
 */
export function ExamReview({ items, total, lang, t }: ExamReviewProps) {
  return (
    <ol className="exam-review">
      {items.map(({ n, card, question, picks }) => (
        <li key={card.id} className="card">
          <p className="card-meta">{t('mock.questionOf', { n, total })}</p>
          <h3 id={`missed-${n}`} className="exam-review-stem">
            {card.question[lang]}
          </h3>
          <p className="exam-your-answer">
            <strong>{t('mock.yourAnswer')}:</strong>{' '}
            {picks.length > 0 ? named(question, picks, lang) : t('mock.noAnswer')}
          </p>
          <QuizChoices
            question={question}
            picks={picks}
            revealed
            onPick={noPick}
            lang={lang}
            t={t}
          />
          {/* A scenario's options say which are right; a types question names them here. */}
          {question.kind === 'types' && (
            <p className="answer-text">
              <strong>{t('study.answer')}:</strong> {card.answer[lang]}
            </p>
          )}
          <FactNotes
            explanation={card.explanation}
            notesDiffer={card.notesDiffer}
            source={card.source}
            lang={lang}
            t={t}
          />
        </li>
      ))}
    </ol>
  );
}
