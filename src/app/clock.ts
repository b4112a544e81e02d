import { useEffect, useState } from 'react';

/**
 * The app's one reading of the wall clock. Domain code and components never read it:
 * routes take `now` from here and pass it down.
 */
export const clock = {
  now: (): number => Date.now(),
};

/** `now`, refreshed every `everyMs` while mounted (for counts and countdowns). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(clock.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
