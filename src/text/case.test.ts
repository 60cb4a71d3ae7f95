import { describe, expect, it } from '@jest/globals';
import { lowerFirst } from './case.js';

describe('lowerFirst', () => {
  it('lowers the first letter of a sentence or heading set mid-sentence', () => {
    expect(lowerFirst('Priority themes')).toBe('priority themes');
    expect(lowerFirst('A minimum of 15%')).toBe('a minimum of 15%');
  });

  it('leaves acronyms and names that start with two capitals as they are', () => {
    expect(lowerFirst('TOMs themes by core outcome')).toBe('TOMs themes by core outcome');
    expect(lowerFirst('CWaC payment deductions')).toBe('CWaC payment deductions');
    expect(lowerFirst('NT1 local people employed')).toBe('NT1 local people employed');
  });
});
