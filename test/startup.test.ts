/**
 * Start-up as operators see it, in a real process: a reminders schedule it cannot read stops it with
 * one line naming the setting; a good start loads no chart code (Vega, resvg), Word library, Graph
 * SDK or card templating until a digest, a download, a Graph look-up or a card needs it.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, childEnv } from './support/botProcess.js';

/** `npm start` with `env` (and, with `record`, every ES module it resolves written to that file). */
function start(env: Record<string, string>, record?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sva-start-'));
  const args = ['--no-deprecation', '--import', 'tsx', ...(record ? ['--import', './src/storage/__fixtures__/recordLoads.mjs'] : []), 'src/index.ts'];
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: childEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DB_FILE: join(dir, 'db.json'), ...(record ? { SVA_RECORD_LOADS: record } : {}), ...env }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('start-up', () => {
  it('stops with one line naming REMINDERS_CRON when the schedule cannot be read', async () => {
    const run = start({ REMINDERS_CRON: '0 9 * * 8' });
    try {
      expect(await run.exited).toBe(1);
      expect(run.stderr().trimEnd().split('\n')).toEqual([
        'Social Value Assistant cannot start.',
        'Configuration error:',
        '  REMINDERS_CRON: is not a cron expression the scheduler can read (Invalid value for dayOfWeek: 8); write five fields, e.g. "0 9 * * 1" for Mondays at 09:00 UK time, or "off" (got "0 9 * * 8")',
      ]);
    } finally {
      run.cleanup();
    }
  }, 30_000);

  it('schedules the reminders and loads no chart, Word or Graph code until something needs it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sva-loads-'));
    const record = join(dir, 'modules.txt');
    const run = start({}, record);
    try {
      const deadline = Date.now() + 20_000;
      while (!run.stderr().includes('Social Value Assistant listening') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(run.stderr()).toMatch(/"msg":"reminders scheduled","next":"\d{4}-\d{2}-\d{2}T0[89]:00:00\.000Z"/);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      const modules = readFileSync(record, 'utf8').split('\n').filter(Boolean);
      expect(modules.some((m) => m.includes('/node_modules/croner/'))).toBe(true); // the record works
      expect(modules.filter((m) => /[\\/]node_modules[\\/](vega|vega-[a-z-]+|@resvg)[\\/]/.test(m) || m.endsWith('/src/actionPlan/chart.ts'))).toEqual([]);
      // Nor the Word library until a download needs it, nor the Graph SDK without Graph set up.
      // (@azure/identity is not asked for here: botframework-connector requires it at load.)
      expect(modules.filter((m) => /[\\/]node_modules[\\/](docx|@microsoft[\\/]microsoft-graph-client)[\\/]/.test(m))).toEqual([]);
      // Nor the card templating and its expression engine (a third of a second) until the first card.
      expect(modules.some((m) => m.includes('/node_modules/botbuilder-core/'))).toBe(true); // CommonJS is recorded too
      expect(modules.filter((m) => /[\\/]node_modules[\\/](adaptivecards-templating|adaptive-expressions)[\\/]/.test(m))).toEqual([]);
    } finally {
      run.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
