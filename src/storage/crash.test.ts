/**
 * kill -9 at random moments while writing, and while compacting: every acknowledged write and
 * delete is there afterwards, and the store opens without complaint.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storeDirFor } from './layout.js';
import { openLowdbStorage } from './lowdbStorage.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const writerScript = fileURLToPath(new URL('./__fixtures__/crashWriter.ts', import.meta.url));
const quiet = { info: () => undefined, warn: () => undefined };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sva-crash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the writer child until it has acknowledged `acks` operations, then SIGKILLs it mid-stream. */
function writeThenKill(file: string, prefix: string, mode: 'write' | 'compact', acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // jest's --experimental-vm-modules is not for the child
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, file, prefix, mode], { cwd: projectRoot, env });
    const acknowledged: string[] = [];
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? ''; // a line cut off by the kill is not an acknowledgement
      acknowledged.push(...lines);
      if (acknowledged.length >= acks && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`writer exited early (code ${code}): ${stderr}`));
    });
  });
}

/**
 * The last acknowledged version of each written key (unless a delete of it had started), and the
 * keys whose acknowledged delete was the last word on them.
 */
function expected(acknowledged: string[]): { versions: Map<string, number>; deleted: Set<string> } {
  const versions = new Map<string, number>();
  const deleted = new Set<string>();
  for (const line of acknowledged) {
    const [op, key, version] = line.split(' ');
    if (op === 'put') {
      versions.set(key!, Number(version));
      deleted.delete(key!);
    } else if (op === 'deleting') {
      versions.delete(key!);
    } else if (op === 'del') {
      deleted.add(key!);
    }
  }
  return { versions, deleted };
}

async function expectEverythingAcknowledged(file: string, acknowledged: string[]): Promise<void> {
  const { versions, deleted } = expected(acknowledged);
  const storage = await openLowdbStorage(file, { log: quiet });
  try {
    const items = await storage.read([...versions.keys(), ...deleted]);
    // A write after the last acknowledged one may have landed too (killed before it was acknowledged).
    const lost = [...versions].filter(([key, version]) => !((items[key] as { version?: number } | undefined)?.version! >= version));
    expect(lost).toEqual([]);
    expect([...deleted].filter((key) => key in items)).toEqual([]);
  } finally {
    await storage.close();
  }
}

const randomAcks = () => 40 + Math.floor(Math.random() * 400);

it('keeps every acknowledged write and delete when killed with SIGKILL at random moments while writing', async () => {
  const file = join(dir, 'writes', 'db.json');
  const acknowledged: string[] = [];
  for (let round = 0; round < 4; round++) {
    acknowledged.push(...(await writeThenKill(file, `r${round}`, 'write', randomAcks())));
    await expectEverythingAcknowledged(file, acknowledged);
  }
  expect(acknowledged.filter((line) => line.startsWith('put')).length).toBeGreaterThanOrEqual(160);
}, 120_000);

it('keeps every acknowledged write and delete when killed with SIGKILL at random moments while compacting', async () => {
  const file = join(dir, 'compacting', 'db.json');
  const acknowledged: string[] = [];
  let killedMidCompaction = 0;
  // Five rounds at least, and on until a kill has landed mid-compaction and a compaction has finished
  // (the kill moments are random: a fixed number of rounds could miss either by chance).
  const done = () => killedMidCompaction > 0 && acknowledged.includes('compacted');
  for (let round = 0; round < 5 || (!done() && round < 20); round++) {
    const lines = await writeThenKill(file, `r${round}`, 'compact', randomAcks());
    if (lines.filter((line) => line.startsWith('compact')).at(-1) === 'compacting') killedMidCompaction += 1;
    acknowledged.push(...lines);
    await expectEverythingAcknowledged(file, acknowledged);
  }
  // The kills really did land while compactions were under way, and some had finished.
  expect(acknowledged.filter((line) => line === 'compacted').length).toBeGreaterThan(0);
  expect(killedMidCompaction).toBeGreaterThan(0);
  // Whatever the kills left half-done is gone: the files are the ones the manifest names, one snapshot
  // and its journals (a compaction killed after starting its journal leaves one more listed, until the
  // next compaction finishes and folds them all in).
  const storage = await openLowdbStorage(file, { log: quiet });
  await storage.close();
  const files = (await readdir(storeDirFor(file))).sort();
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { snapshot: { file: string }; journals: string[] };
  expect(files).toEqual([manifest.snapshot.file, ...manifest.journals].sort());
  expect(files.filter((name) => name.startsWith('snapshot-'))).toHaveLength(1);
}, 120_000);
