/**
 * SIGTERM while busy: the process stops accepting connections at once, finishes every request it
 * had started (including ones whose bodies are still arriving), keeps every write it acknowledged,
 * and exits 0.
 */
import { afterAll, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbStorage } from '../src/storage/index.js';
import { messageActivity, startBotProcess } from './support/botProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'sva-sigterm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COUNCILS = [
  ['my council is Trafford', 'trafford'],
  ['my council is Stockport', 'stockport'],
  ['I work for CWaC', 'cheshire-west-and-chester'],
] as const;

interface Outcome {
  user: string;
  council: string;
  status?: number;
  body?: string;
  error?: string;
  at?: number;
}

/**
 * A request whose body arrives in two parts: the first now, the rest on `finish()`. Until then the
 * server has the request (it is in flight) but cannot answer it.
 */
function slowRequest(url: string, user: string, text: string, council: string) {
  const body = JSON.stringify(messageActivity(text, user));
  const outcome: Outcome = { user, council };
  const req = request(`${url}/api/messages`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
  });
  const done = new Promise<Outcome>((resolve) => {
    req.on('response', (res) => {
      let data = '';
      res.on('data', (chunk: Buffer) => (data += chunk.toString()));
      res.on('end', () => resolve(Object.assign(outcome, { status: res.statusCode, body: data, at: Date.now() })));
    });
    req.on('error', (err) => resolve(Object.assign(outcome, { error: err.message, at: Date.now() })));
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { done, finish: () => req.end(body.slice(half)) };
}

async function fastRequest(url: string, user: string, text: string, council: string): Promise<Outcome> {
  try {
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(text, user)) });
    return { user, council, status: res.status, body: await res.text(), at: Date.now() };
  } catch (err) {
    return { user, council, error: (err as Error).message };
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

it('on SIGTERM stops accepting, answers every request it accepted, keeps their writes and exits 0', async () => {
  const dbFile = join(dir, 'db.json');
  const bot = await startBotProcess({ DB_FILE: dbFile });
  const port = Number(new URL(bot.url).port);

  // Eight requests the server has accepted but cannot finish until their bodies complete.
  const slow = Array.from({ length: 8 }, (_, i) => {
    const [text, council] = COUNCILS[i % COUNCILS.length]!;
    return slowRequest(bot.url, `slow-${i}`, text, council);
  });
  await new Promise((r) => setTimeout(r, 300)); // let the server read their headers

  // A burst of ordinary requests; the signal lands while it is being served.
  const burst = Array.from({ length: 60 }, (_, i) => {
    const [text, council] = COUNCILS[i % COUNCILS.length]!;
    return fastRequest(bot.url, `burst-${i}`, text, council);
  });
  await Promise.race(burst);
  bot.child.kill('SIGTERM');
  const signalled = Date.now();

  // Stopped accepting: a new connection is refused while the slow requests are still open.
  await new Promise((r) => setTimeout(r, 300));
  expect(await canConnect(port)).toBe(false);
  expect(bot.child.exitCode).toBeNull(); // still finishing its work

  slow.forEach((s) => s.finish());
  const slowOutcomes = await Promise.all(slow.map((s) => s.done));
  const burstOutcomes = await Promise.all(burst);
  const code = await bot.exited;
  const exitedAt = Date.now();

  // Every accepted (slow) request was answered in full, after the signal, before the exit.
  for (const outcome of slowOutcomes) {
    expect(outcome).toMatchObject({ status: 200, body: expect.stringContaining('Council saved') });
    expect(outcome.at!).toBeGreaterThan(signalled);
    expect(outcome.at!).toBeLessThanOrEqual(exitedAt);
  }
  // The burst: answered in full, or refused without being handled (503, or no connection); never a 5xx from a half-done turn.
  for (const outcome of burstOutcomes) {
    if (outcome.status === 200) expect(outcome.body).toContain('Council saved');
    else if (outcome.status !== undefined) expect(outcome.status).toBe(503);
  }
  expect(code).toBe(0);
  expect(bot.log()).toMatch(/"msg":"stopped","drained":true/);

  // Every write the bot acknowledged (a 200 "Council saved") is in the store.
  const acknowledged = [...slowOutcomes, ...burstOutcomes].filter((o) => o.status === 200);
  expect(acknowledged.length).toBeGreaterThanOrEqual(slow.length + 1);
  const store = await openLowdbStorage(dbFile);
  try {
    const keys = acknowledged.map((o) => `msteams/users/29:${o.user}/`);
    const items = await store.read(keys);
    expect(acknowledged.map((o) => (items[`msteams/users/29:${o.user}/`] as { profile?: { council?: string } } | undefined)?.profile?.council)).toEqual(acknowledged.map((o) => o.council));
  } finally {
    await store.close();
  }
}, 60_000);
