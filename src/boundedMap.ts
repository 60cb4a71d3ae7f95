/**
 * A map that keeps at most `limit` in all, the least recently used going first. By default each entry
 * counts one; `weigh` counts an entry by its size instead (characters of text, say). An entry heavier
 * than the whole limit is not kept.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();
  #total = 0;

  constructor(
    readonly limit: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first entry is the least recently used.
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.weigh(value);
    if (weight > this.limit) return;
    this.#entries.set(key, value);
    this.#total += weight;
    for (const [oldest, entry] of this.#entries) {
      if (this.#total <= this.limit) break;
      this.#entries.delete(oldest);
      this.#total -= this.weigh(entry);
    }
  }

  delete(key: K): void {
    const value = this.#entries.get(key);
    if (value === undefined) return;
    this.#entries.delete(key);
    this.#total -= this.weigh(value);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** the entries' weight in all (their count, without `weigh`) */
  get total(): number {
    return this.#total;
  }
}
