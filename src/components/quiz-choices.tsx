import { useEffect, useRef } from 'react';
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
  /** `pointer`: picked by mouse or touch (the caller moves focus off the choices). */
  onPick: (choice: QuizChoice, pointer: boolean) => void;
  t: Translate;
}

/**
 * Quiz mode: before the reveal, pick REST / HTTP / WebSocket / more than one (keys 1-4,
 * a pick can be changed); on reveal, the pick is marked right or wrong in words as well as
 * colour. Without a pick nothing shows after the reveal. Only the pick looks selected: when
 * a key picks while focus is on another choice, focus follows the pick.
 */
export function QuizChoices({ answer, pick, revealed, onPick, t }: QuizChoicesProps) {
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (pick === null || !group.current || !(focused instanceof HTMLElement)) return;
    if (!group.current.contains(focused) || focused.dataset.choice === pick) return;
    group.current.querySelector<HTMLElement>(`[data-choice="${pick}"]`)?.focus();
  }, [pick]);
  if (revealed && pick === null) return null;
  const label = (choice: QuizChoice) => choiceLabel(choice, t);
  return (
    <fieldset className="quiz" ref={group}>
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
              data-choice={choice}
              aria-pressed={choice === pick}
              aria-keyshortcuts={revealed ? undefined : String(i + 1)}
              disabled={revealed}
              // A click by mouse or touch has a detail (the click count); by keyboard, 0.
              onClick={(e) => onPick(choice, e.detail > 0)}
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
