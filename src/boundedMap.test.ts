import { describe, expect, it } from '@jest/globals';
import { BoundedMap } from './boundedMap.js';

describe('BoundedMap', () => {
  it('keeps at most its limit, dropping the least recently used', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    expect(m.get('a')).toBe(1); // a is now the most recent
    m.set('c', 3);
    expect(m.get('b')).toBeUndefined();
    expect(m.get('a')).toBe(1);
    expect(m.get('c')).toBe(3);
    expect(m.size).toBe(2);
  });

  it('weighs entries when told how, and keeps none heavier than the limit', () => {
    const m = new BoundedMap<string, string>(10, (s) => s.length);
    m.set('a', 'xxxx');
    m.set('b', 'yyyy');
    m.set('c', 'zzzz');
    expect(m.get('a')).toBeUndefined();
    expect(m.total).toBe(8);
    m.set('d', 'w'.repeat(11));
    expect(m.get('d')).toBeUndefined();
    expect(m.total).toBe(8);
    m.set('b', 'y');
    m.delete('c');
    expect(m.total).toBe(1);
  });
});
