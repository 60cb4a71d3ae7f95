/**
 * Scale-out: two bot processes (STORAGE=azure-blob, different ports) and two storage workers share
 * one container on Azurite, all running at once. Nothing any of them acknowledged is lost.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { openAzureBlobStorage } from '../src/storage/index.js';
import { startAzurite, type Azurite } from './support/azurite.js';
import { askBot, childEnv, PROJECT_ROOT, startBotProcess, type BotProcess } from './support/botProcess.js';

let azurite: Azurite;
let shared: Record<string, string>;
const bots: BotProcess[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  shared = { STORAGE: 'azure-blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: `scaleout-${randomUUID()}` };
  bots.push(...(await Promise.all([startBotProcess(shared), startBotProcess(shared)])));
}, 60_000);

afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.stop()));
  await azurite?.stop();
});

/** Runs storageWorker.ts in its own process and returns its summary line. */
function runWorker(key: string, name: string, count: number, parallel: number): Promise<{ name: string; appended: number; conflicts: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'test/support/storageWorker.ts', key, name, String(count), String(parallel)], {
      cwd: PROJECT_ROOT,
      env: childEnv(shared),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim()) as { name: string; appended: number; conflicts: number }) : reject(new Error(`worker ${name} exited ${code}: ${err}`))));
  });
}

/** One officer's conversation, alternating between the two instances as a load balancer might. */
async function officer(user: string, [a, b]: BotProcess[]): Promise<void> {
  const steps: Array<[BotProcess, BotProcess, string, RegExp]> = [
    [a!, b!, 'my council is Trafford', /For Trafford, your council/],
    [b!, a!, 'my council is Stockport', /For Stockport, your council/],
    [a!, b!, 'I work for CWaC', /For Cheshire West and Chester, your council/],
  ];
  for (const [writer, reader, statement, expected] of steps) {
    expect((await askBot(writer.url, statement, user)).text).toMatch(/Council saved/);
    // The other instance answers from the shared store, not from anything it cached.
    expect((await askBot(reader.url, 'what weighting for a 60k contract?', user)).text).toMatch(expected);
  }
  // The conversation's last question is in the shared store too: a follow-up on the other instance keeps it.
  expect((await askBot(a!.url, 'weighting for a £200k services contract in Trafford?', user)).text).toMatch(/Trafford's documents do not set a social value weighting/);
  expect((await askBot(b!.url, 'and what about Stockport?', user)).text).toMatch(/For the same £200,000 services contract, in Stockport\./);
}

it('two bot processes and two writers on one Azure Blob container lose nothing', async () => {
  const key = 'plans/shared-action-log';
  const users = Array.from({ length: 12 }, (_, i) => `officer-${i}`);
  // Everything at once: 12 conversations hopping between the instances, and two processes
  // appending to one record through updateRecord (the way action updates and checklists are
  // written), racing from the start to create it.
  const [workerResults] = await Promise.all([
    Promise.all([runWorker(key, 'A', 60, 4), runWorker(key, 'B', 60, 4)]),
    Promise.all(users.map((user, i) => officer(user, i % 2 === 0 ? bots : [...bots].reverse()))),
  ]);

  const store = await openAzureBlobStorage({ connectionString: azurite.connectionString, container: shared.AZURE_STORAGE_CONTAINER! });
  try {
    const record = (await store.read([key]))[key] as { count: number; entries: string[] };
    expect(record.count).toBe(120);
    expect(new Set(record.entries).size).toBe(120);
    expect(record.entries.filter((e) => e.startsWith('A-'))).toHaveLength(60);
    // The writers really did collide, so the eTag checks were exercised, not bypassed.
    expect(workerResults[0].conflicts + workerResults[1].conflicts).toBeGreaterThan(0);

    // Both instances recorded where to reach each officer, in the same store.
    const directory = await store.read(users.map((user) => `users/directory/${user}`));
    expect(Object.keys(directory)).toHaveLength(users.length);
  } finally {
    await store.close();
  }
  for (const bot of bots) expect(bot.log()).not.toMatch(/"level":"error"/);
}, 120_000);
