import { API_TYPE_LABEL } from '../content/api-type-label';
import { QUIZ_CHOICES, type QuizChoice } from '../domain/quiz';
import type { Translate } from '../i18n/messages';

function choiceLabel(choice: QuizChoice, t: Translate): string {
  return choice === 'many' ? t('quiz.many') : API_TYPE_LABEL[choice];
}

/** What the answer says about a pick (read first when focus moves to the answer). */
export function quizVerdict(pick: QuizChoice, answer: QuizChoice, t: Translate): string {
  return pick === answer ? t('quiz.right') : t('quiz.wrong', { answer: choiceLabel(answer, t) });
}

interface QuizChoicesProps {
  /** The right choice for the card on screen. */
  answer: QuizChoice;
  pick: QuizChoice | null;
  revealed: boolean;
  onPick: (choice: QuizChoice) => void;
  t: Translate;
}

/**
 * Quiz mode: before the reveal, pick REST / HTTP / WebSocket / more than one (keys 1-4,
 * a pick can be changed); on reveal, the pick is marked right or wrong in words as well as
 * colour. Without a pick nothing shows after the reveal.
 */
export function QuizChoices({ answer, pick, revealed, onPick, t }: QuizChoicesProps) {
  if (revealed && pick === null) return null;
  const label = (choice: QuizChoice) => choiceLabel(choice, t);
  return (
    <fieldset className="quiz">
      <legend>{t('quiz.legend')}</legend>
      <div className="quiz-choices">
        {QUIZ_CHOICES.map((choice, i) => {
          const mark = !revealed
            ? ''
            : choice === answer
              ? ' quiz-answer'
              : choice === pick
                ? ' quiz-wrong'
                : '';
          return (
            <button
              key={choice}
              type="button"
              className={`quiz-choice${mark}`}
              aria-pressed={choice === pick}
              aria-keyshortcuts={revealed ? undefined : String(i + 1)}
              disabled={revealed}
              onClick={() => onPick(choice)}
            >
              <span>{label(choice)}</span>
              {revealed && choice === answer && (
                <span className="quiz-mark">✓ {t('study.answer')}</span>
              )}
              {revealed && choice === pick && choice !== answer && (
                <span className="quiz-mark">✗ {t('quiz.yourPick')}</span>
              )}
              {!revealed && (
                <span className="kbd" aria-hidden="true">
                  {i + 1}
                </span>
              )}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
