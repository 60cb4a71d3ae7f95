/**
 * Freezes a value and everything in it, for data shared by every caller (a kept reply, a parsed
 * catalogue, a history page), so that no caller can change what the next one reads. A part already
 * frozen is taken as frozen all through, so sharing a frozen part costs nothing more.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
