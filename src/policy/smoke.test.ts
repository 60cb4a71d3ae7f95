import { describe, it, expect } from '@jest/globals';
describe('smoke', () => { it('runs ESM', () => { expect(import.meta.url).toContain('smoke'); }); });
