/**
 * Storage benchmark (issue 11): the embedded store on its own, without the bot around it.
 *
 *   node --import tsx bench/storage.ts
 *
 * 1. Fills a store with bench/fill.ts (BENCH_CHECKLISTS checklists, BENCH_ACTION_UPDATES action
 *    updates, as `npm run bench` does), and writes the same records in the previous layout (manifest
 *    version 1, 256 shards) to time their migration.
 * 2. Measures, each in a fresh process so memory is its own: open time and RSS after open, then
 *    write latency one at a time (read + write with its eTag, as updateRecord does: a checklist step),
 *    an "action update" (the item, then its plan), and throughput with 16 writers at once (group
 *    commit), for an empty store, the filled store as the fill left it, the filled store compacted,
 *    and the first start of the previous layout (migration included).
 * The measuring runs in bench/storageMeasure.ts. Prints a table (and, with --json, every number as
 * one JSON line after it). Settings: BENCH_CHECKLISTS (10000),
 * BENCH_ACTION_UPDATES (2000), BENCH_SAMPLES (500), BENCH_DIR (temp dir), BENCH_KEEP=1.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { itemKey, planKey } from '../src/actionPlan/model.js';
import { writeLegacyStore } from '../src/storage/__fixtures__/legacyStore.js';
import { openLowdbStorage, storeFiles } from '../src/storage/index.js';
import { fillStore } from './fill.js';
import type { Measured } from './storageMeasure.js';

const quiet = { info: () => undefined, warn: () => undefined };
const num = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}: expected a positive number`);
  return n;
};
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const ms = (n: number) => Math.round(n * 100) / 100;

async function inChild(label: string, file: string, keysFile: string): Promise<Measured> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./storageMeasure.ts', import.meta.url)), label, file, keysFile], { env, maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as Measured;
}

async function main(): Promise<void> {
  const settings = { checklists: num('BENCH_CHECKLISTS', 10_000), actionUpdates: num('BENCH_ACTION_UPDATES', 2_000), officers: 1_000 };
  const base = process.env.BENCH_DIR ?? os.tmpdir();
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'sva-bench-storage-'));
  const loadStart = os.loadavg();
  const log = (s: string) => process.stderr.write(`[bench:storage] ${s}\n`);
  try {
    log(`filling ${settings.checklists} checklists and ${settings.actionUpdates} action updates in ${dir}; load average ${loadStart.map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs`);
    const filled = join(dir, 'filled', 'db.json');
    const fill = await fillStore(filled, settings);
    const bytes = async (file: string) => (await storeFiles(file)).reduce((n, f) => n + f.bytes, 0);
    const filledBytes = await bytes(filled);
    log(`filled: ${fill.keys} records, ${mb(filledBytes)} MB on disk, ${Math.round(fill.ms)} ms`);

    // The records the samples update, and the same records in an empty store and in the previous layout.
    const storage = await openLowdbStorage(filled, { log: quiet });
    const keys = { checklists: fill.drafts.slice(0, 50).map((d) => `checklists/${d.id.toUpperCase()}`), item: itemKey('trafford', 'TRF-3'), plan: planKey('trafford') };
    const wanted = await storage.read([...keys.checklists, keys.item, keys.plan]);
    if (Object.keys(wanted).length !== keys.checklists.length + 2) throw new Error('bench: the records to update are not all in the filled store');
    const everything = await storage.read(storage.keys());
    await storage.close();
    const keysFile = join(dir, 'keys.json');
    writeFileSync(keysFile, JSON.stringify(keys));
    const strip = (items: Record<string, Record<string, unknown>>) => Object.fromEntries(Object.entries(items).map(([k, { eTag: _e, ...v }]) => [k, v]));
    const empty = join(dir, 'empty', 'db.json');
    const seeded = await openLowdbStorage(empty, { log: quiet });
    await seeded.write(strip(wanted));
    await seeded.close();
    const legacy = join(dir, 'legacy', 'db.json');
    await writeLegacyStore(legacy, strip(everything) as Record<string, Record<string, unknown>>, 256);

    const compacted = join(dir, 'compacted', 'db.json');
    cpSync(join(dir, 'filled'), join(dir, 'compacted'), { recursive: true });
    const compacting = await openLowdbStorage(compacted, { log: quiet });
    await compacting.compact();
    await compacting.close();
    const compactedBytes = await bytes(compacted);

    const results: Measured[] = [];
    for (const [label, file] of [
      ['empty store', empty],
      ['filled, as the fill left it', filled],
      ['filled, compacted', compacted],
      ['previous layout, first start (migrates)', legacy],
    ] as const) {
      log(`measuring: ${label} …`);
      results.push(await inChild(label, file, keysFile));
    }
    const loadEnd = os.loadavg();

    const row = (r: Measured) =>
      `| ${r.label} | ${r.records} | ${r.openMs} ms | ${r.rssAfterOpenMB} MB (+${ms(r.rssAfterOpenMB - r.rssBeforeOpenMB)}) | ${r.checklistStep.p50} / ${r.checklistStep.p99} ms | ${r.actionUpdate.p50} / ${r.actionUpdate.p99} ms | ${r.concurrent.writesPerSecond}/s, ${r.concurrent.writesPerFdatasync} per fdatasync | ${r.rssAfterWritesMB} MB |`;
    process.stdout.write(
      [
        `Store: ${fill.keys} records, ${mb(filledBytes)} MB as filled, ${mb(compactedBytes)} MB compacted. Load average ${loadStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${loadEnd.map((l) => l.toFixed(2)).join(' ')} at the end, ${os.cpus().length} CPUs, Node ${process.version}.`,
        '',
        '| store | records | open | RSS after open (open\'s share) | checklist step p50 / p99 | action update p50 / p99 | 16 writers at once | RSS after the writes |',
        '|---|---|---|---|---|---|---|---|',
        ...results.map(row),
        '',
      ].join('\n'),
    );
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), settings, loadStart, loadEnd, cpus: os.cpus().length, node: process.version, store: { records: fill.keys, bytes: filledBytes, compactedBytes }, results })}\n`);
    }
  } finally {
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  }
}

await main();
