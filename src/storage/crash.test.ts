import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shardDirFor } from './layout.js';
import { openLowdbStorage } from './lowdbStorage.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const writerScript = fileURLToPath(new URL('./__fixtures__/crashWriter.ts', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sva-crash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the writer child until it has acknowledged `acks` writes, then SIGKILLs it mid-stream. */
function writeThenKill(file: string, prefix: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // jest's --experimental-vm-modules is not for the child
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, file, prefix], { cwd: projectRoot, env });
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

it('keeps every acknowledged write and valid shards when killed with SIGKILL mid-write', async () => {
  const file = join(dir, 'db.json');
  const acknowledged = [...(await writeThenKill(file, 'first', 80)), ...(await writeThenKill(file, 'second', 80))];
  expect(acknowledged.length).toBeGreaterThanOrEqual(160);

  // Every shard parses on its own (a torn write would not), whatever temp files the kill left.
  const shardDir = shardDirFor(file);
  const shards = (await readdir(shardDir)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  expect(shards).toHaveLength(4);
  for (const name of shards) {
    const text = await readFile(join(shardDir, name), 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
  }

  const storage = await openLowdbStorage(file);
  const items = await storage.read(acknowledged);
  expect(acknowledged.filter((key) => !(key in items))).toEqual([]);
  await storage.close();
});
