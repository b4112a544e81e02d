/** A review-log entry id, unique across tabs: time in base 36 plus 48 random bits. */
export function newEntryId(now: number): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  let rand = '';
  for (const b of bytes) rand += b.toString(16).padStart(2, '0');
  return `${Math.max(0, Math.floor(now)).toString(36)}-${rand}`;
}
