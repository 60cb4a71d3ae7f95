/**
 * A lowdb start loads no Azure SDK: createStorage imports the Azure backend only for
 * STORAGE=azure-blob. Checked in a child process by recording every module it loads (ES modules
 * through a resolve hook, CommonJS ones from the require cache). And src/storage names no
 * botbuilder type: its backends implement the project's own RecordStore.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sva-lazy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every module the child loaded in `mode`. */
async function modulesLoaded(mode: 'lowdb' | 'azure-module'): Promise<string[]> {
  const record = join(dir, `${mode}.txt`);
  const env: NodeJS.ProcessEnv = { ...process.env, SVA_RECORD_LOADS: record };
  delete env.NODE_OPTIONS;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--import', fixture('recordLoads.mjs'), fixture('openStore.ts'), mode, join(dir, mode, 'db.json')], { cwd: projectRoot, env });
  const esm = (await readFile(record, 'utf8')).split('\n').filter(Boolean);
  return [...esm, ...(JSON.parse(stdout) as string[])];
}

const azure = (modules: string[]) => modules.filter((m) => /[\\/]node_modules[\\/](@azure[\\/]|botbuilder-azure)/.test(m));

it('opens the lowdb store without loading @azure/* or any botbuilder module', async () => {
  const modules = await modulesLoaded('lowdb');
  expect(modules.some((m) => m.includes('/node_modules/lowdb/'))).toBe(true);
  expect(azure(modules)).toEqual([]);
  expect(modules.filter((m) => /[\\/]node_modules[\\/]botbuilder|botframework/.test(m))).toEqual([]);
});

it('does see them when the Azure backend is loaded (so the check above can fail)', async () => {
  const modules = await modulesLoaded('azure-module');
  expect(azure(modules).some((m) => m.includes('@azure/storage-blob'))).toBe(true);
});
