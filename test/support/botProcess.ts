/**
 * The bot in its own process, configured by environment, on a free port: from source through tsx, or
 * the built bundle as `npm start` runs it. For tests of what only a real process shows: several
 * instances on one store, signals, exit codes, the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/projectRoot.js';
import { BOT_ID, flatten, type Reply } from './testBot.js';

export { PROJECT_ROOT };

export interface BotProcess {
  url: string;
  child: ChildProcess;
  /** everything it wrote to stderr (its JSON log lines) so far */
  log(): string;
  /** resolves with the exit code once the process has ended */
  exited: Promise<number | null>;
  /** sends the signal and waits for the exit code */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Env for a child: jest's NODE_OPTIONS (--experimental-vm-modules) is not for it. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
  for (const name of ['STORAGE', 'AZURE_STORAGE_CONNECTION_STRING', 'AZURE_STORAGE_CONTAINER', 'ALLOWED_TENANTS', 'MicrosoftAppId', 'MicrosoftAppPassword', 'DEFAULT_COUNCIL']) {
    delete env[name];
  }
  return { ...env, ...extra };
}

/** The source run through tsx, as `npm run dev` runs it. */
const FROM_SOURCE = ['--no-deprecation', '--import', 'tsx', 'src/index.ts'];

/** `npm start`'s node arguments (the built bundle, with its heap settings), read from package.json. */
export function npmStartArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [node, ...args] = pkg.scripts.start.trim().split(/\s+/);
  if (node !== 'node') throw new Error(`npm start is not "node …": ${pkg.scripts.start}`);
  return args;
}

export async function startBotProcess(env: Record<string, string>, timeoutMs = 20_000, nodeArgs: string[] = FROM_SOURCE): Promise<BotProcess> {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: PROJECT_ROOT,
    env: childEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start within ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const check = () => {
      const match = /"url":"http:\/\/localhost:(\d+)\/api\/messages"/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stderr!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`bot exited (code ${code}) before listening:\n${log}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    log: () => log,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A message as Teams would send it, for `user` in their 1:1 chat. */
export function messageActivity(text: string, user: string): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    from: { id: `29:${user}`, name: user, aadObjectId: user },
    recipient: { id: BOT_ID, name: 'Social Value Assistant' },
    conversation: { id: `personal-${user}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'en-GB',
    text,
  };
}

/** Asks the bot at `url` as `user`; replies come back in the response (expectReplies). */
export async function askBot(url: string, text: string, user: string): Promise<Reply> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(messageActivity(text, user)),
  });
  const body = (await res.json()) as { activities?: Array<Record<string, unknown>> };
  if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}: ${JSON.stringify(body)}`);
  const activities = (body.activities ?? []).filter((a) => a.type === 'message');
  return { activities, ...flatten(activities) };
}
