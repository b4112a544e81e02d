import { useEffect } from 'react';
import { isTyping } from './is-typing.ts';

/** `?` (outside text fields) asks for the shortcut overlay. */
export function useHelpKey(open: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (
        event.key === '?' &&
        !isTyping(event.target) &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey
      ) {
        event.preventDefault();
        open();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}
