/**
 * A review-log entry id: 10 random base-36 characters (about 51 bits), unique across
 * tabs and devices for any realistic history, and short, since every entry stores one.
 */
export function newEntryId(): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += (b % 36).toString(36);
  return id;
}
