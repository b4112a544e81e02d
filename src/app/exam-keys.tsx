import { useEffect, useRef } from 'react';
import { isTyping } from './is-typing.ts';

interface ExamKeyHandlers {
  /** Off while a dialog is open. */
  readonly active: boolean;
  /** 1-5: option 0-4. */
  readonly onPick: (index: number) => void;
  readonly onNext: () => void;
  readonly onPrev: () => void;
  readonly onFlag: () => void;
}

const PICK: Readonly<Record<string, number>> = { '1': 0, '2': 1, '3': 2, '4': 3, '5': 4 };

/** The key pressed, as on a US layout: a Korean IME gives "ㅜ" for N, whose code is KeyN. */
function keyOf(event: KeyboardEvent): string {
  if (/^Key[A-Z]$/.test(event.code)) return event.code.slice(3).toLowerCase();
  if (/^(Digit|Numpad)[0-9]$/.test(event.code)) return event.code.slice(-1);
  return event.key.toLowerCase();
}

/**
 * The exam's keys: 1-5 choose (a toggle where more than one is asked), N next, P previous,
 * F flag for review. Not while typing, with a modifier, or on a held key.
 */
export function useExamKeys(handlers: ExamKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const h = latest.current;
      const typing = isTyping(event.target);
      if (!h.active || event.repeat || event.altKey || event.ctrlKey || event.metaKey || typing) {
        return;
      }
      const key = keyOf(event);
      const pick = PICK[key];
      if (pick !== undefined) h.onPick(pick);
      else if (key === 'n') h.onNext();
      else if (key === 'p') h.onPrev();
      else if (key === 'f') h.onFlag();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
