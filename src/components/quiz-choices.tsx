import { useEffect, useRef } from 'react';
import { CHOICE_LETTERS } from '../content/deck-builder.ts';
import { type ChoiceQuestion, isRight } from '../domain/quiz.ts';
import type { Lang, Translate } from '../i18n/messages.ts';

/** How the right answer is named in the verdict: the types, or the scenario's letters. */
function rightAnswer(question: ChoiceQuestion, lang: Lang): string {
  return question.correct
    .map((i) =>
      question.kind === 'scenario' ? CHOICE_LETTERS[i] : (question.options[i]?.[lang] ?? ''),
    )
    .join(', ');
}

/** What the answer says about the picks (read first when focus moves to the answer). */
export function quizVerdict(
  question: ChoiceQuestion,
  picks: readonly number[],
  lang: Lang,
  t: Translate,
): string {
  return isRight(question, picks)
    ? t('quiz.right')
    : t('quiz.wrong', { answer: rightAnswer(question, lang) });
}

const LEGEND = { all: 'quiz.legendTypes', 1: 'quiz.legendOne', 2: 'quiz.legendTwo' } as const;

interface QuizChoicesProps {
  question: ChoiceQuestion;
  picks: readonly number[];
  revealed: boolean;
  /** `pointer`: picked by mouse or touch (the caller moves focus off the choices). */
  onPick: (index: number, pointer: boolean) => void;
  lang: Lang;
  t: Translate;
}

/**
 * The choices of a card, before the reveal (number keys; a pick can be changed), and on
 * reveal each marked in words as well as colour: the right ones, the learner's wrong picks,
 * and for a scenario why each wrong option is wrong. Types cards without a pick show
 * nothing after the reveal. When a key picks while focus is on another choice, focus
 * follows the pick.
 */
export function QuizChoices({ question, picks, revealed, onPick, lang, t }: QuizChoicesProps) {
  const group = useRef<HTMLFieldSetElement>(null);
  const last = picks.at(-1);
  useEffect(() => {
    const focused = document.activeElement;
    if (last === undefined || !group.current || !(focused instanceof HTMLElement)) return;
    if (!group.current.contains(focused) || focused.dataset.choice === String(last)) return;
    group.current.querySelector<HTMLElement>(`[data-choice="${last}"]`)?.focus();
  }, [last]);
  const scenario = question.kind === 'scenario';
  if (revealed && picks.length === 0 && !scenario) return null;
  return (
    <fieldset className={`quiz${scenario ? ' quiz-scenario' : ''}`} ref={group}>
      <legend>
        {t(LEGEND[question.choose])}
        <span className="key-hint">
          {' · '}
          {t('quiz.legendKeys', { max: question.options.length })}
        </span>
      </legend>
      <div className="quiz-choices">
        {question.options.map((option, i) => {
          const right = question.correct.includes(i);
          const picked = picks.includes(i);
          const mark = !revealed ? '' : right ? ' quiz-answer' : picked ? ' quiz-wrong' : '';
          const why = revealed && !right ? question.why?.[i] : null;
          return (
            <button
              // biome-ignore lint/suspicious/noArrayIndexKey: options are fixed per card.
              key={i}
              type="button"
              className={`quiz-choice${mark}`}
              data-choice={i}
              aria-pressed={picked}
              aria-keyshortcuts={revealed ? undefined : String(i + 1)}
              disabled={revealed}
              // A click by mouse or touch has a detail (the click count); by keyboard, 0.
              onClick={(e) => onPick(i, e.detail > 0)}
            >
              <span className="quiz-option">
                {scenario && <span className="quiz-letter">{CHOICE_LETTERS[i]}. </span>}
                {option[lang]}
              </span>
              {revealed && right && <span className="quiz-mark">✓ {t('study.answer')}</span>}
              {revealed && picked && !right && (
                <span className="quiz-mark">✗ {t('quiz.yourPick')}</span>
              )}
              {why && <span className="quiz-why">{why[lang]}</span>}
              {!revealed && (
                <span className="kbd key-hint" aria-hidden="true">
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
