/**
 * The build as deployed: `npm run build` bundles the bot into dist/, and `npm start` runs it. The
 * bundle must find the project's data and card templates, load the parts split off for later (charts,
 * Word documents, Azure Blob storage) when first asked for, and keep the Azure storage SDK out of what
 * loads at start-up.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { startAzurite } from './support/azurite.js';
import { PROJECT_ROOT, askBot, npmStartArgs, startBotProcess, type BotProcess } from './support/botProcess.js';
import { cardText } from './support/testBot.js';

const DIST = join(PROJECT_ROOT, 'dist');
const CHAIR = 'chair-build';

/** Every file of dist/ that `file` imports statically, itself included: what loads with it. */
function loadedWith(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^;'"()]*?\bfrom\s*)?["']\.\/([^"']+)["']/g)) loadedWith(m[1]!, seen);
  return seen;
}

/** The URLs of a card's images and Action.OpenUrl buttons that point at the bot's downloads. */
function downloadLinks(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => downloadLinks(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'url' || k === 'href') && typeof v === 'string' && v.includes('/downloads/')) out.push(v);
      else downloadLinks(v, out);
    }
  }
  return out;
}

describe('npm run build, then npm start', () => {
  let dir: string;
  let bot: BotProcess;

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect({ status: build.status, output: `${build.stdout}${build.stderr}`.trim() }).toEqual({ status: 0, output: '' });
    dir = mkdtempSync(join(tmpdir(), 'sva-build-'));
    bot = await startBotProcess({ DB_FILE: join(dir, 'db.json'), DEFAULT_COUNCIL: 'stockport', STEERING_GROUP_CHAIRS: `trafford:${CHAIR}`, REMINDERS_CRON: 'off' }, 20_000, npmStartArgs());
  }, 150_000);

  afterAll(async () => {
    expect(await bot?.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the bundle, whose start-up code holds no Azure storage SDK', () => {
    expect(npmStartArgs().at(-1)).toBe('dist/index.js');
    const startup = loadedWith('index.js');
    expect(startup.size).toBeGreaterThan(1);
    // The SDK names itself in its user agent: storage-blob/<version>.
    const azureSdk = (f: string) => /\bstorage-blob\/\d/.test(readFileSync(join(DIST, f), 'utf8'));
    expect([...startup].filter(azureSdk)).toEqual([]);
    // …but it is there, for STORAGE=azure-blob.
    const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(chunks.filter((f) => !startup.has(f) && azureSdk(f))).toHaveLength(1);
  });

  it('answers a weighting question with its figures and source, from the data it carries', async () => {
    // Typed with a curly apostrophe and an en dash: the regular expressions that read them are escaped in the bundle.
    const reply = await askBot(bot.url, 'what’s the weighting for a £30k–£40k services contract in stockport?', 'officer-build');
    const text = reply.cards.map(cardText).join('\n');
    expect(text).toMatch(/£30,000 to £40,000/);
    expect(text).toMatch(/15%/);
    expect(text).toMatch(/20%/);
    expect(text).toMatch(/Social Value Charter/i);
    expect(reply.messageText).toMatch(/15%/);
  });

  it('runs the packages\' async code loaded at start-up as native async functions', () => {
    // TypeScript's ES2015 helper around a generator, as botbuilder ships it (why: scripts/nativeAsync.mjs).
    const helperCalls = [...loadedWith('index.js')].map((f) => (readFileSync(join(DIST, f), 'utf8').match(/__awaiter\(this,/g) ?? []).length);
    expect(helperCalls.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('writes every script in Latin-1, so V8 holds its source at one byte a character', () => {
    const wide = readdirSync(DIST)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /[^\u0000-\u00ff]/.test(readFileSync(join(DIST, f), 'utf8')));
    expect(wide).toEqual([]);
  });

  it('draws the digest picture and writes the Word digest, from the chunks loaded when first needed', async () => {
    const reply = await askBot(bot.url, 'trafford digest', CHAIR);
    const links = downloadLinks(reply.cards).map((u) => u.replace(/^https?:\/\/[^/]+/, bot.url));
    const got = await Promise.all(links.map(async (u) => {
      const res = await fetch(u);
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
    }));
    const png = got.find((g) => g.type === 'image/png');
    expect(png?.status).toBe(200);
    expect(PNG.sync.read(png!.body).width).toBeGreaterThan(600);
    const docx = got.find((g) => g.type.includes('wordprocessingml'));
    expect(docx?.status).toBe(200);
    expect(docx!.body.subarray(0, 2).toString()).toBe('PK'); // a .docx is a zip
    expect(existsSync(join(DIST, 'index.js.map'))).toBe(true);
  });

  it('keeps an officer\'s council in Azure Blob storage, the chunk loaded for STORAGE=azure-blob', async () => {
    const azurite = await startAzurite();
    const env = { STORAGE: 'azure-blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: `build-${randomUUID()}` };
    try {
      const first = await startBotProcess(env, 20_000, npmStartArgs());
      try {
        await askBot(first.url, 'my council is trafford', 'officer-blob');
      } finally {
        expect(await first.stop()).toBe(0);
      }
      // A second instance on the same container reads what the first wrote.
      const second = await startBotProcess(env, 20_000, npmStartArgs());
      try {
        const reply = await askBot(second.url, 'what weighting do i need', 'officer-blob');
        expect(reply.text).toMatch(/Trafford/);
        expect(reply.text).not.toMatch(/Stockport|Cheshire/);
      } finally {
        expect(await second.stop()).toBe(0);
      }
    } finally {
      await azurite.stop();
    }
  }, 60_000);
});
