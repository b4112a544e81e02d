import { createContext, useContext, useEffect } from 'react';

/** Enters focus mode; the returned function leaves it. */
type EnterFocus = () => () => void;

export const FocusModeContext = createContext<EnterFocus>(() => () => {});

/**
 * Focus mode, as study apps have it: while `on` (a card is on screen), the navigation gives
 * way to a single way out of the session, so the card and its controls have the screen.
 * Sessions count, not toggle: a finished session under a retry's leaves it on.
 */
export function useFocusMode(on: boolean): void {
  const enter = useContext(FocusModeContext);
  useEffect(() => (on ? enter() : undefined), [on, enter]);
}
