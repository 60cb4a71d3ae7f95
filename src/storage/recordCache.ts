import { BoundedMap } from '../boundedMap.js';
import type { Location } from './segment.js';

/**
 * The records read or written lately, as their JSON text, up to `maxChars` in all; the least recently
 * used go first. An entry is tied to the Location it was read from, so a read that finishes after a
 * newer write of the same key never puts the older text back.
 */
export class RecordCache {
  readonly #entries: BoundedMap<string, { location: Location; text: string }>;

  constructor(readonly maxChars: number) {
    this.#entries = new BoundedMap(maxChars, (entry) => entry.text.length);
  }

  get(key: string, location: Location): string | undefined {
    const entry = this.#entries.get(key);
    return entry && entry.location === location ? entry.text : undefined;
  }

  set(key: string, location: Location, text: string): void {
    this.#entries.set(key, { location, text });
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }

  get chars(): number {
    return this.#entries.total;
  }
}
