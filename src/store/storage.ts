/**
 * The one wrapper around localStorage. Every call can throw in a real browser (private
 * mode, storage disabled, full quota), so each one is caught and reported as a result.
 */

export type WriteFailure = 'quota' | 'unavailable';
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };
export type ReadResult = { ok: true; value: string | null } | { ok: false };

function backend(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some browsers throw a SecurityError on the mere access when storage is disabled.
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export const safeStorage = {
  read(key: string): ReadResult {
    const s = backend();
    if (!s) return { ok: false };
    try {
      return { ok: true, value: s.getItem(key) };
    } catch {
      return { ok: false };
    }
  },

  write(key: string, value: string): WriteResult {
    const s = backend();
    if (!s) return { ok: false, reason: 'unavailable' };
    try {
      s.setItem(key, value);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
    }
  },

  remove(key: string): boolean {
    const s = backend();
    if (!s) return false;
    try {
      s.removeItem(key);
      return true;
    } catch {
      return false;
    }
  },

  /** All keys that start with `prefix`. */
  keys(prefix: string): string[] {
    const s = backend();
    if (!s) return [];
    try {
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k?.startsWith(prefix)) out.push(k);
      }
      return out;
    } catch {
      return [];
    }
  },
};
