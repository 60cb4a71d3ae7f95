import type { Location } from './segment.js';

/**
 * The records read or written lately, as their JSON text, up to `maxChars` in all; the least recently
 * used go first. An entry is tied to the Location it was read from, so a read that finishes after a
 * newer write of the same key never puts the older text back.
 */
export class RecordCache {
  readonly #entries = new Map<string, { location: Location; text: string }>();
  #chars = 0;

  constructor(readonly maxChars: number) {}

  get(key: string, location: Location): string | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.location !== location) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first entry is the least recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.text;
  }

  set(key: string, location: Location, text: string): void {
    this.delete(key);
    if (text.length > this.maxChars) return;
    this.#entries.set(key, { location, text });
    this.#chars += text.length;
    for (const [oldest, entry] of this.#entries) {
      if (this.#chars <= this.maxChars) break;
      this.#entries.delete(oldest);
      this.#chars -= entry.text.length;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#chars -= entry.text.length;
  }

  get size(): number {
    return this.#entries.size;
  }

  get chars(): number {
    return this.#chars;
  }
}
