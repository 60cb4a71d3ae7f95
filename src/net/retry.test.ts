/** Retrying throttled and failed calls, and not retrying the ones that cannot succeed. */
import { describe, expect, it } from '@jest/globals';
import { isTransient, statusOf, withRetries } from './retry.js';

const httpError = (statusCode: number) => Object.assign(new Error(`HTTP ${statusCode}`), { statusCode });
const fast = { minDelayMs: 1, maxDelayMs: 2 };

describe('which failures are worth retrying', () => {
  it.each([
    [httpError(429), true],
    [httpError(412), true],
    [httpError(500), true],
    [httpError(502), true],
    [httpError(504), true],
    [Object.assign(new Error('reset'), { code: 'ECONNRESET' }), true],
    [httpError(400), false],
    [httpError(403), false],
    [httpError(404), false],
    [new Error('no status'), false],
    [{ response: { status: 503 } }, true],
  ])('%p -> %p', (err, expected) => expect(isTransient(err)).toBe(expected));

  it('reads the status the SDKs put on errors', () => {
    expect(statusOf({ statusCode: 429 })).toBe(429);
    expect(statusOf({ response: { status: 502 } })).toBe(502);
    expect(statusOf('nope')).toBeUndefined();
  });
});

describe('withRetries', () => {
  it('retries 429 and 5xx until the call succeeds, saying so each time', async () => {
    const failures = [httpError(429), httpError(503)];
    const told: Array<number | undefined> = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls += 1;
        const f = failures.shift();
        if (f) throw f;
        return 'sent';
      },
      { ...fast, onRetry: (i) => told.push(i.status) },
    );
    expect(result).toBe('sent');
    expect(calls).toBe(3);
    expect(told).toEqual([429, 503]);
  });

  it('fails at once, with the error itself, when retrying cannot help (403: the app is not installed)', async () => {
    let calls = 0;
    const forbidden = httpError(403);
    await expect(
      withRetries(async () => {
        calls += 1;
        throw forbidden;
      }, fast),
    ).rejects.toBe(forbidden);
    expect(calls).toBe(1);
  });

  it('gives up after the retries with the last error', async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls += 1;
          throw httpError(429);
        },
        { ...fast, retries: 2 },
      ),
    ).rejects.toMatchObject({ statusCode: 429 });
    expect(calls).toBe(3);
  });

  it('keeps an error that is not an Error object for the caller to read', async () => {
    await expect(withRetries(async () => Promise.reject({ statusCode: 404, message: 'conversation not found' }), fast)).rejects.toMatchObject({ message: 'conversation not found' });
  });
});
