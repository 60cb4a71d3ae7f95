/**
 * End-to-end harness: the real bot (`node --import tsx src/index.ts`, as `npm start` runs it), the
 * Microsoft 365 Agents Playground (a local Teams client) pointed at it, and Debian Chromium driven by
 * Playwright, all on free ports with temporary stores and profiles. Each journey test calls
 * `startOfficerSession()` once and talks through `session.chat`.
 *
 *   const session = await startOfficerSession();
 *   const card = await session.chat.ask('what weighting for a £75k services contract in Stockport?');
 *   await session.screenshot('weighting-answer');
 *   await session.close();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ORPHAN_GUARD = join(ROOT, 'scripts', 'dev-orphan-guard.mjs');
const START_TIMEOUT_MS = 30_000;

/** Fails with how to get Chromium, never skips: an e2e suite that silently does nothing proves nothing. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The end-to-end tests drive Debian's Chromium at ${CHROMIUM}, and it is not installed. ` +
        'Install it with `sudo apt-get update && sudo apt-get install -y chromium` (.ci/run does this in CI), ' +
        'or set CHROMIUM_PATH to another Chromium or Chrome binary.',
    );
  }
  return CHROMIUM;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = net.createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => res(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/** A child process with its output kept for diagnostics, stopped with SIGTERM (then SIGKILL). */
export class Child {
  output = '';
  exited: Promise<number | null>;
  private hasExited = false;
  constructor(
    readonly name: string,
    readonly process: ChildProcess,
  ) {
    process.stdout?.setEncoding('utf8').on('data', (d: string) => (this.output += d));
    process.stderr?.setEncoding('utf8').on('data', (d: string) => (this.output += d));
    this.exited = new Promise((r) =>
      process.once('exit', (code) => {
        this.hasExited = true;
        r(code);
      }),
    );
  }

  get running() {
    return !this.hasExited;
  }

  async waitUntil(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited before ${what}. Its output:\n${this.output.trim() || '(none)'}`);
      if (await check()) return;
      await sleep(150);
    }
    throw new Error(`${this.name} did not ${what} within ${START_TIMEOUT_MS / 1000} s. Its output:\n${this.output.trim() || '(none)'}`);
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.process.kill('SIGTERM');
    const killer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(killer);
  }
}

/** Only what a Node process needs from this one: settings the bot reads must come from the test. */
function baseEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'SystemRoot'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
}

/** Starts a Node script from the repository with the orphan guard, so a killed test run leaves nothing behind. */
function node(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Child {
  const env = { ...baseEnv(), ...options.env };
  return new Child(name, spawn(process.execPath, ['--import', ORPHAN_GUARD, ...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] }));
}

export interface BotProcess {
  child: Child;
  url: string;
  dir: string;
}

/**
 * The bot as `npm start` runs it, anonymous (no MicrosoftAppId), on a free port with a fresh store;
 * `env` adds settings. `at` starts it again on the port and store of an earlier run (a restart).
 */
export async function startBot(env: Record<string, string> = {}, at?: { port: number; dir: string }): Promise<BotProcess> {
  const dir = at?.dir ?? mkdtempSync(join(tmpdir(), 'sva-e2e-bot-'));
  const port = at?.port ?? (await freePort());
  const child = node('The bot', ['--no-deprecation', '--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    // The links on its cards (source pages, downloads) point at the bot itself, as PUBLIC_URL does in production.
    env: { PORT: String(port), HOST: '127.0.0.1', DB_FILE: join(dir, 'db.json'), LOG_LEVEL: 'warn', PUBLIC_URL: `http://127.0.0.1:${port}`, ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  await child.waitUntil(() => answers(`${url}/healthz`), `answered ${url}/healthz`);
  return { child, url, dir };
}

export interface PlaygroundProcess {
  child: Child;
  url: string;
  dir: string;
}

/** The Agents Playground as `npm run dev` starts it, in a temporary folder (its devTools/ logs land there). */
export async function startPlayground(botUrl: string): Promise<PlaygroundProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'sva-e2e-playground-'));
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('@microsoft/m365agentsplayground/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { bin: string | Record<string, string> };
  const cli = join(dirname(pkgFile), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.agentsplayground!);
  const port = await freePort();
  const child = node('The Agents Playground', [cli, '--app-endpoint', `${botUrl}/api/messages`, '--channel-id', 'msteams', '--port', String(port), '--disable-telemetry'], {
    cwd: dir,
    env: { TEAMSAPPTESTER_BROWSER: 'none' },
  });
  let uiPort: number | undefined;
  await child.waitUntil(async () => {
    uiPort ??= Number(/Listening on (\d+)/.exec(child.output)?.[1]) || undefined;
    return uiPort !== undefined && (await answers(`http://127.0.0.1:${uiPort}/`));
  }, 'served its web UI');
  return { child, url: `http://127.0.0.1:${uiPort}`, dir };
}

/** A fresh headless Chromium profile. Requests leaving this machine are refused (the playground asks a CDN for fonts). */
export async function startBrowser(): Promise<{ context: BrowserContext; dir: string }> {
  const executablePath = requireChromium();
  const dir = mkdtempSync(join(tmpdir(), 'sva-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => route.abort());
  return { context, dir };
}

/** The chat pane of the playground, used as an officer uses Teams. */
export class Chat {
  constructor(readonly page: Page) {}

  /** Every adaptive card in the conversation, oldest first (the welcome card is the first). */
  get cards(): Locator {
    return this.page.locator('.ac-adaptiveCard');
  }

  async cardCount(): Promise<number> {
    return this.cards.count();
  }

  /** Waits for the card at `index` (0-based) to be shown and returns it. */
  async nthCard(index: number, timeout = 20_000): Promise<Locator> {
    const card = this.cards.nth(index);
    await card.waitFor({ state: 'visible', timeout });
    await card.scrollIntoViewIfNeeded();
    return card;
  }

  /**
   * Types a message in the compose box and sends it. `mention` starts it with an @mention picked from
   * the compose box's suggestions, as a person does in a group chat or channel, where Teams (and the
   * Playground) only passes the bot the messages that @mention it.
   */
  async send(text: string, opts: { mention?: string } = {}): Promise<void> {
    const box = this.page.locator('[role="textbox"][contenteditable="true"]');
    await box.click();
    if (opts.mention) {
      await box.pressSequentially('@');
      // Each suggestion is named twice (avatar and text), so pick it by the text shown.
      await this.page.getByRole('menuitem').filter({ has: this.page.getByText(opts.mention, { exact: true }) }).click();
      await box.pressSequentially(' ');
    }
    await box.pressSequentially(text);
    await this.page.getByRole('button', { name: 'Send Message' }).click();
  }

  /** Sends a message and returns the next card the bot answers with. */
  async ask(text: string, opts: { mention?: string } = {}): Promise<Locator> {
    const before = await this.cardCount();
    await this.send(text, opts);
    return this.nthCard(before);
  }

  /** Opens a conversation from the left rail ("Personal Chat", "Group Chat", "General" …) and waits for its first card. */
  async open(conversation: string): Promise<Locator> {
    // The rail marks the open conversation only by its styling: wait instead for the cards shown now to go.
    const shown = await this.cards.first().locator('[id^="__ac-"]').first().getAttribute('id', { timeout: 5000 });
    await this.page.getByRole('treeitem', { name: conversation, exact: true }).click();
    await this.page.locator(`[id="${shown}"]`).waitFor({ state: 'detached', timeout: 10_000 });
    return this.nthCard(0);
  }

  /**
   * Presses an Action.Execute button: the Playground sends the bot an `adaptiveCard/action` invoke and
   * draws the card in the reply in place of the pressed one. Returns that card (at the same place in
   * the conversation) once it has been drawn again. Fails if the invoke is not answered with a card.
   */
  async execute(card: Locator, title: string | RegExp): Promise<Locator> {
    const index = await card.evaluate((el) => Array.from(el.ownerDocument.querySelectorAll('.ac-adaptiveCard')).indexOf(el));
    // Every element the renderer draws gets a fresh "__ac-<uuid>" id: the old one gone means the card was redrawn.
    const drawn = await card.locator('[id^="__ac-"]').first().getAttribute('id');
    const invoked = this.page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/invoke'), { timeout: 20_000 });
    await card.getByRole('button', { name: title, exact: typeof title === 'string' }).click();
    const response = await invoked;
    const body = (await response.json().catch(() => ({}))) as { type?: string; value?: unknown };
    if (!response.ok() || body.type !== 'application/vnd.microsoft.card.adaptive') {
      throw new Error(`Pressing "${title}" got ${response.status()} ${JSON.stringify(body).slice(0, 500)} instead of a card`);
    }
    await this.page.locator(`[id="${drawn}"]`).waitFor({ state: 'detached', timeout: 20_000 });
    const updated = this.cards.nth(index);
    await updated.waitFor({ state: 'visible' });
    await updated.scrollIntoViewIfNeeded();
    return updated;
  }

  /**
   * What the Playground sent the bot, as its log panel shows it: clicks the latest log entry matching
   * `entry` (e.g. /message 200 .*update TRF-3/) and parses the activity on its Request tab.
   */
  async loggedActivity(entry: RegExp): Promise<Record<string, any>> {
    await this.page.getByText(entry).last().click();
    await this.page.getByRole('tab', { name: 'Request', selected: true }).waitFor();
    // The activity is drawn as one <div> per line of its JSON, between a "{" line and a "}" line.
    const json = this.page.locator('div:has(> div:first-child:text-is("{")):has(> div:last-child:text-is("}"))');
    return JSON.parse(await json.first().textContent() ?? '{}') as Record<string, any>;
  }

  /** Presses a button on a card and returns the next card the bot answers with. */
  async press(card: Locator, title: string | RegExp): Promise<Locator> {
    const before = await this.cardCount();
    await card.locator('.ac-actionSet button').filter({ hasText: title }).first().click();
    return this.nthCard(before);
  }
}

/** What a person reads on a card. */
export async function readCard(card: Locator) {
  const [heading, factTitles, factValues, sources, buttons] = await Promise.all([
    card.locator('.ac-textBlock[role=heading]').first().innerText(),
    card.locator('.ac-fact-title').allInnerTexts(),
    card.locator('.ac-fact-value').allInnerTexts(),
    card.getByText(/^Sources?: /).allInnerTexts(),
    card.locator('.ac-actionSet button').allInnerTexts(),
  ]);
  const facts = Object.fromEntries(factTitles.map((t, i) => [t.trim(), (factValues[i] ?? '').trim()]));
  return { heading: heading.trim(), facts, sources: sources.map((s) => s.trim()), buttons: buttons.map((b) => b.trim()) };
}

/** A person as the Playground presents them to the bot (`from.id`, `from.name`, `from.aadObjectId`). */
export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
}

/**
 * Who the Playground says is signed in (`currentUser`, "Alex Wilber" by default) and the other people
 * it puts in its group chat and team, from the configuration its web UI loads: the identities it puts
 * on the activities it sends the bot.
 */
export async function playgroundPeople(playground: PlaygroundProcess): Promise<{ currentUser: PlaygroundUser; users: PlaygroundUser[] }> {
  const res = await fetch(`${playground.url}/_internal/v1/config`, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`The Agents Playground did not give its configuration (${res.status} from /_internal/v1/config)`);
  const { config } = (await res.json()) as { config: { currentUser: PlaygroundUser; users: PlaygroundUser[] } };
  return { currentUser: config.currentUser, users: config.users };
}

export interface OfficerSession {
  /** The bot now running (a new process after `restartBot`). */
  readonly bot: BotProcess;
  playground: PlaygroundProcess;
  page: Page;
  chat: Chat;
  /** Saves test/e2e/screenshots/<name>.png (the whole page, or one card) and returns its path. */
  screenshot(name: string, card?: Locator): Promise<string>;
  /**
   * Stops the bot and starts it again on the same port and store, with `env` added to the settings it
   * was started with, as IT would after changing its configuration. The Playground and the open page
   * carry on: they only know the bot's address.
   */
  restartBot(env: Record<string, string>): Promise<BotProcess>;
  close(): Promise<void>;
}

/** Bot, playground and browser, started side by side; the playground opened at the personal chat. */
export async function startOfficerSession(botEnv: Record<string, string> = {}): Promise<OfficerSession> {
  requireChromium();
  const started: Array<{ stop(): Promise<void> }> = [];
  const dirs: string[] = [];
  let current: BotProcess | undefined;
  const servers = (async () => {
    const bot = await startBot(botEnv);
    current = bot;
    started.push({ stop: async () => current?.child.stop() });
    dirs.push(bot.dir);
    const playground = await startPlayground(bot.url);
    started.push(playground.child);
    dirs.push(playground.dir);
    return { bot, playground };
  })();
  const browser = startBrowser().then((b) => {
    started.push({ stop: () => b.context.close() });
    dirs.push(b.dir);
    return b;
  });
  try {
    const [{ bot, playground }, { context }] = await Promise.all([servers, browser]);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(playground.url, { waitUntil: 'domcontentloaded' });
    const chat = new Chat(page);
    await chat.nthCard(0, START_TIMEOUT_MS); // the welcome card
    mkdirSync(SCREENSHOTS, { recursive: true });

    return {
      get bot() {
        return current ?? bot;
      },
      playground,
      page,
      chat,
      async restartBot(env) {
        const before = current ?? bot;
        await before.child.stop();
        current = await startBot({ ...botEnv, ...env }, { port: Number(new URL(before.url).port), dir: before.dir });
        return current;
      },
      async screenshot(name, card) {
        const path = join(SCREENSHOTS, `${name}.png`);
        if (!card) {
          await page.screenshot({ path });
          return path;
        }
        // A card taller than the chat pane cannot be captured while it scrolls: make the window tall
        // enough for the whole card, capture it, and put the window back.
        const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
        const box = await card.boundingBox();
        const needed = Math.ceil((box?.height ?? 0) + 400);
        if (needed > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.min(needed, 6000) });
        try {
          await card.scrollIntoViewIfNeeded();
          await card.screenshot({ path });
        } finally {
          if (needed > viewport.height) await page.setViewportSize(viewport);
        }
        return path;
      },
      close: () => stopAll(started, dirs),
    };
  } catch (err) {
    await Promise.allSettled([servers, browser]); // let both finish starting, then stop whatever did
    await stopAll(started, dirs);
    throw err;
  }
}

async function stopAll(started: Array<{ stop(): Promise<void> }>, dirs: string[]) {
  for (const s of started.reverse()) await s.stop().catch(() => {});
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
