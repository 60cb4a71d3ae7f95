/**
 * Child process of bench/storage.ts: opens the store at argv[3], measures (see bench/storage.ts) and
 * prints one JSON object. Imports only src/storage, so its memory is the store's and Node's (with tsx).
 *
 *   node --import tsx bench/storageMeasure.ts <label> <db file> <keys.json>
 */
import { readFileSync } from 'node:fs';
import { openLowdbStorage } from '../src/storage/index.js';
import { updateRecord } from '../src/storage/records.js';

const quiet = { info: () => undefined, warn: () => undefined };
const num = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}: expected a positive number`);
  return n;
};

export interface Measured {
  label: string;
  records: number;
  openMs: number;
  rssBeforeOpenMB: number;
  rssAfterOpenMB: number;
  heapUsedAfterOpenMB: number;
  checklistStep: Latency;
  actionUpdate: Latency;
  concurrent: { writers: number; writesPerSecond: number; writesPerFdatasync: number };
  rssAfterWritesMB: number;
}
export interface Latency {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const ms = (n: number) => Math.round(n * 100) / 100;

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => ms(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return { samples: sorted.length, p50: at(0.5), p99: at(0.99), max: ms(sorted.at(-1)!) };
}

/** Child: open the store at `file`, measure, print JSON. `keys` names the records to update. */
async function measure(label: string, file: string, keysFile: string): Promise<void> {
  const { checklists, item, plan } = JSON.parse(readFileSync(keysFile, 'utf8')) as { checklists: string[]; item: string; plan: string };
  const samples = num('BENCH_SAMPLES', 500);
  const rssBeforeOpen = process.memoryUsage().rss;
  const started = performance.now();
  const storage = await openLowdbStorage(file, { log: quiet });
  const openMs = performance.now() - started;
  const afterOpen = process.memoryUsage();

  const step = async (key: string, i: number) => {
    await updateRecord<Record<string, unknown>>(storage, key, (current) => ({ next: { ...current, benchStep: i }, result: undefined }));
  };
  const timed = async (n: number, run: (i: number) => Promise<void>) => {
    const times: number[] = [];
    for (let i = 0; i < n + 20; i++) {
      const t = performance.now();
      await run(i);
      if (i >= 20) times.push(performance.now() - t); // the first 20 warm up
    }
    return latency(times);
  };
  const checklistStep = await timed(samples, (i) => step(checklists[i % checklists.length]!, i));
  const actionUpdate = await timed(Math.round(samples / 2), async (i) => {
    await step(item, i);
    await step(plan, i);
  });

  const writers = 16;
  const syncsBefore = storage.stats().journalSyncs;
  let writes = 0;
  const until = performance.now() + 2000;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; performance.now() < until; i++) {
        await step(checklists[(w * 997 + i) % checklists.length]!, i);
        writes += 1;
      }
    }),
  );
  const syncs = storage.stats().journalSyncs - syncsBefore;
  const result: Measured = {
    label,
    records: storage.stats().records,
    openMs: ms(openMs),
    rssBeforeOpenMB: mb(rssBeforeOpen),
    rssAfterOpenMB: mb(afterOpen.rss),
    heapUsedAfterOpenMB: mb(afterOpen.heapUsed),
    checklistStep,
    actionUpdate,
    concurrent: { writers, writesPerSecond: Math.round(writes / 2), writesPerFdatasync: Math.round((writes / syncs) * 10) / 10 },
    rssAfterWritesMB: mb(process.memoryUsage().rss),
  };
  await storage.close();
  process.stdout.write(JSON.stringify(result));
}

const [label, file, keysFile] = process.argv.slice(2);
if (!label || !file || !keysFile) throw new Error('usage: storageMeasure.ts <label> <db file> <keys.json>');
await measure(label, file, keysFile);
