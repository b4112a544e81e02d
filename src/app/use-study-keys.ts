import { useEffect, useRef } from 'react';
import type { Grade } from '../domain/card-state.ts';
import { isTyping } from './is-typing.ts';

interface StudyKeyHandlers {
  readonly active: boolean;
  readonly revealed: boolean;
  readonly onReveal: () => void;
  readonly onRate: (rating: Grade) => void;
  readonly onUndo: () => void;
  /** Cards with choices: 1-5 pick a choice (0-4) before the reveal. Absent: no choices. */
  readonly onPick?: ((index: number) => void) | undefined;
}

const RATING_KEYS: Readonly<Record<string, Grade>> = { '1': 1, '2': 2, '3': 3, '4': 4 };
const PICK_KEYS: Readonly<Record<string, number>> = { '1': 0, '2': 1, '3': 2, '4': 3, '5': 4 };
const GOOD: Grade = 3;

function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('a, button, summary, [role="button"]') !== null
  );
}

/**
 * Space or Enter reveals, then rates Good (as in Anki); 1-4 rate once the answer shows
 * (and 1-5 pick a choice before); U or Ctrl+Z undoes. A focused link or button keeps
 * its own Space and Enter. Held keys do not repeat, so one press is one rating. Only a
 * session with `active` set listens (a finished session under a new one does not).
 */
export function useStudyKeys(handlers: StudyKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const h = latest.current;
      if (!h.active || event.repeat || event.altKey || event.metaKey || isTyping(event.target)) {
        return;
      }
      const key = event.key.toLowerCase();
      if (event.ctrlKey) {
        if (key === 'z') {
          event.preventDefault();
          h.onUndo();
        }
        return;
      }
      if (key === 'u') {
        event.preventDefault();
        h.onUndo();
      } else if (key === ' ' || key === 'enter') {
        if (isControl(event.target)) return;
        event.preventDefault();
        if (h.revealed) h.onRate(GOOD);
        else h.onReveal();
      } else if (h.revealed && RATING_KEYS[key]) {
        event.preventDefault();
        h.onRate(RATING_KEYS[key]);
      } else if (!h.revealed && h.onPick && PICK_KEYS[key] !== undefined) {
        event.preventDefault();
        h.onPick(PICK_KEYS[key]);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
