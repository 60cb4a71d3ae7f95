/**
 * The build's rewrite of TypeScript's ES2015 async helper into native async functions
 * (scripts/nativeAsync.mjs): the rewritten code must behave as the original did, and the calls it
 * cannot rewrite faithfully must stay as they were.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { nativeAsync } from '../scripts/nativeAsync.mjs';

const require = createRequire(import.meta.url);

/** TypeScript's helper, as every file compiled for ES2015 carries it. */
const HELPER = `var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var tslib_1 = { __awaiter: __awaiter };
`;

/** Runs a script that sets `run`, an async function of no arguments, and settles what it returns. */
async function outcome(code: string): Promise<{ value?: unknown; error?: string }> {
  const sandbox: Record<string, unknown> = { Promise, Error, setTimeout };
  vm.runInNewContext(code, sandbox);
  try {
    return { value: await (sandbox.run as () => Promise<unknown>)() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The original and the rewritten script settle the same, and the rewrite raised `raised` calls. */
async function same(body: string, raised: number) {
  const original = HELPER + body;
  const out = nativeAsync(original);
  expect(out.raised).toBe(raised);
  expect(await outcome(out.code)).toEqual(await outcome(original));
  return out;
}

describe('native async functions for TypeScript\'s __awaiter', () => {
  it('keeps `this`, the awaited values and the result', async () => {
    const out = await same(
      `class Counter { constructor() { this.n = 40; }
         add(k) { return __awaiter(this, void 0, void 0, function* () { const a = yield Promise.resolve(k); const b = yield 1; return this.n + a + b; }); } }
       var run = () => new Counter().add(1);`,
      1,
    );
    expect(out.code).toContain('(async () => {');
    expect(out.code).not.toMatch(/__awaiter\(this/);
  });

  it('passes the function\'s own arguments on, default parameters included', async () => {
    await same(
      `function sum(a_1) { return __awaiter(this, arguments, void 0, function* (a, b = 2) { return a + b + (yield 0); }); }
       var run = () => Promise.all([sum(1), sum(1, 5)]);`,
      1,
    );
  });

  it('awaits the whole operand, whatever its precedence', async () => {
    await same(
      `var run = () => __awaiter(void 0, void 0, void 0, function* () {
         const x = (yield 2) * 3 + (yield (yield 1) ? 4 : 5);
         const y = yield Promise.resolve(0) || 7; // the promise is awaited, not 7
         return [x, y, yield void 0];
       });`,
      1,
    );
  });

  it('rejects as the original does: thrown errors, rejected awaits, errors caught around a yield', async () => {
    await same(`var run = () => __awaiter(void 0, void 0, void 0, function* () { throw new Error('thrown'); });`, 1);
    await same(`var run = () => __awaiter(void 0, void 0, void 0, function* () { yield Promise.reject(new Error('rejected')); return 'never'; });`, 1);
    await same(
      `var run = () => __awaiter(void 0, void 0, void 0, function* () { try { yield Promise.reject(new Error('x')); } catch (e) { return 'caught ' + e.message; } });`,
      1,
    );
  });

  it('rewrites nested calls and the tslib form, and leaves a real generator inside alone', async () => {
    const out = await same(
      `function* ids() { yield 1; yield 2; }
       var run = () => __awaiter(void 0, void 0, void 0, function* () {
         const inner = () => (0, tslib_1.__awaiter)(void 0, void 0, void 0, function* () { return (yield 10) + 1; });
         const gen = function* () { yield 'a'; yield 'b'; };
         return [yield inner(), [...gen()], [...ids()]];
       });`,
      2,
    );
    expect(out.code).toContain("function* () { yield 'a'; yield 'b'; }");
  });

  it('leaves a call as it is where a native async function would differ', async () => {
    await same(`var run = () => __awaiter(void 0, void 0, Promise, function* () { return 1; });`, 0);
    await same(`function f() { return __awaiter(this, void 0, void 0, function* () { return arguments.length; }); } var run = () => f(1, 2);`, 0);
    await same(`function* two() { yield 1; yield 2; } var run = () => __awaiter(void 0, void 0, void 0, function* () { return yield* two(); });`, 0);
    await same(`var self = { n: 1 }; var run = () => __awaiter(self, void 0, void 0, function* () { return this.n; });`, 0);
  });

  it('rewrites every call in botbuilder\'s CloudAdapter, and the result still parses', () => {
    const source = readFileSync(require.resolve('botbuilder-core/lib/cloudAdapterBase.js'), 'utf8');
    const out = nativeAsync(source);
    expect(out.raised).toBe((source.match(/__awaiter\(this/g) ?? []).length);
    expect(out.raised).toBeGreaterThan(5);
    expect(out.kept).toBe(0);
    expect(out.code).not.toMatch(/__awaiter\(this/);
    expect(() => new vm.Script(out.code)).not.toThrow();
  });
});
