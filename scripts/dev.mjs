#!/usr/bin/env node
/**
 * `npm run dev`: starts the bot and the Microsoft 365 Agents Playground (the local Teams client)
 * together and prints the URL to open.
 *
 *   1. starts the bot (`node --no-deprecation --import tsx src/index.ts`) and waits for GET /healthz;
 *   2. starts the playground pointed at the bot's /api/messages with channel msteams, telemetry off,
 *      no browser launch, and waits for its web UI to answer;
 *   3. forwards Ctrl-C / SIGTERM / SIGHUP to both, and stops the other when either exits (exiting
 *      with that child's code). Each child also watches a pipe from this process
 *      (scripts/dev-orphan-guard.mjs), so even a SIGKILLed `npm run dev` leaves no orphan behind.
 *
 * Environment (all optional):
 *   PORT             bot port (default 3978)           DB_FILE   bot store (default data/db.json)
 *   PLAYGROUND_PORT  playground web UI port (default 56150; the playground picks a free port if
 *                    that one is taken, and the URL printed is the one it really uses)
 *   DEV_START_TIMEOUT_MS  how long to wait for each of them to come up (default 60000)
 *   DEFAULT_COUNCIL, LOG_LEVEL, ...: passed to the bot untouched.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const guard = join(root, 'scripts', 'dev-orphan-guard.mjs');

const env = { ...process.env };
env.PORT ||= '3978';
env.DB_FILE ||= 'data/db.json';
const botPort = Number(env.PORT);
const playgroundPort = env.PLAYGROUND_PORT || '56150';
const startTimeoutMs = Number(env.DEV_START_TIMEOUT_MS) || 60_000;
// The bot binds HOST (default 0.0.0.0, IPv4 only): talk to it on 127.0.0.1 so `localhost` resolving
// to ::1 first can never miss it.
const botHost = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
const botBase = `http://${botHost.includes(':') ? `[${botHost}]` : botHost}:${botPort}`;

const say = (msg) => process.stdout.write(`[dev] ${msg}\n`);
const complain = (msg) => process.stderr.write(`[dev] ${msg}\n`);

/** @type {Map<string, import('node:child_process').ChildProcess>} */
const children = new Map();
let shuttingDown = false;

function prefixLines(stream, out, prefix) {
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop();
    for (const line of lines) out.write(`${prefix}${line}\n`);
  });
  stream.on('end', () => {
    if (partial) out.write(`${prefix}${partial}\n`);
    partial = '';
  });
}

function start(name, args, extraEnv = {}) {
  const child = spawn(process.execPath, ['--import', guard, ...args], {
    cwd: root,
    env: { ...env, ...extraEnv },
    // stdin is the orphan guard's lifeline: it closes when this process dies, however it dies.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.set(name, child);
  child.exited = new Promise((res) =>
    child.on('close', (code, signal) => {
      children.delete(name);
      res({ code, signal });
    }),
  );
  child.on('error', (err) => complain(`${name} could not be started: ${err.message}`));
  return child;
}

/** a child's exit code, or 128 + signal number the way a shell reports a signalled process */
const exitCodeOf = ({ code, signal }) => code ?? 128 + (os.constants.signals[signal] ?? 0);

/** Stops every child still running (SIGTERM, then SIGKILL after 5 s) and exits with `code`. */
async function shutdown(code, signal = 'SIGTERM') {
  if (shuttingDown) return;
  shuttingDown = true;
  const running = [...children.values()];
  for (const child of running) child.kill(signal);
  const killer = setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
  }, 5000);
  await Promise.all(running.map((c) => c.exited));
  clearTimeout(killer);
  process.exit(code);
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    if (shuttingDown) return;
    say(`${signal} received: stopping the bot and the playground`);
    void shutdown(code, signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}

const sleep = (ms) => new Promise((res) => setTimeout(res, ms));

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

function portInUse(port, host) {
  return new Promise((res) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); res(true); });
    socket.once('timeout', () => { socket.destroy(); res(false); });
    socket.once('error', () => res(false));
  });
}

/** Polls `check` until it is true, the child exits, or the timeout passes. */
async function waitFor(child, check) {
  const deadline = Date.now() + startTimeoutMs;
  let exited = null;
  child.exited.then((r) => (exited = r));
  while (Date.now() < deadline) {
    if (exited) return { exited };
    if (await check()) return { ok: true };
    await sleep(250);
  }
  return exited ? { exited } : { timedOut: true };
}

function logTail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

// ---- 1. the bot ----------------------------------------------------------------------------------
if (!Number.isInteger(botPort) || botPort <= 0 || botPort > 65535) {
  complain(`PORT=${env.PORT} is not a usable port number.`);
  process.exit(1);
}
if (await portInUse(botPort, botHost)) {
  complain(`Something is already listening on port ${botPort} (another \`npm run dev\` or \`npm start\`?). Stop it, or run with PORT=<another port>.`);
  process.exit(1);
}
if (env.MicrosoftAppId) {
  complain('MicrosoftAppId is set, so the bot will demand Bot Framework tokens and the playground (anonymous) will be refused. Unset MicrosoftAppId/MicrosoftAppPassword for local use.');
}

say(`starting the bot on port ${botPort} (DB_FILE=${env.DB_FILE}${env.DEFAULT_COUNCIL ? `, DEFAULT_COUNCIL=${env.DEFAULT_COUNCIL}` : ''})`);
const bot = start('bot', ['--no-deprecation', '--import', 'tsx', 'src/index.ts']);
prefixLines(bot.stdout, process.stdout, '[bot] ');
// Hold the bot's stderr back until it is up, so a failed start shows it once, under the explanation.
let botStderr = '';
let botUp = false;
bot.stderr.setEncoding('utf8');
bot.stderr.on('data', (chunk) => {
  if (botUp) process.stderr.write(chunk.replace(/^(?=.)/gm, '[bot] '));
  else botStderr += chunk;
});

const botStart = await waitFor(bot, () => answers(`${botBase}/healthz`));
if (!botStart.ok) {
  const why = botStart.exited
    ? `exited (code ${botStart.exited.code ?? `signal ${botStart.exited.signal}`}) before answering ${botBase}/healthz`
    : `did not answer ${botBase}/healthz within ${startTimeoutMs / 1000} s`;
  complain(`The bot ${why}.`);
  complain(botStderr.trim() ? `Its stderr:\n${botStderr.trimEnd()}` : 'It wrote nothing to stderr.');
  await shutdown(botStart.exited ? exitCodeOf(botStart.exited) || 1 : 1);
}
botUp = true;
if (botStderr) process.stderr.write(botStderr.replace(/^(?=.)/gm, '[bot] '));
say(`bot is up: ${botBase}/api/messages`);

// ---- 2. the playground ---------------------------------------------------------------------------
const require = createRequire(import.meta.url);
const pkgFile = require.resolve('@microsoft/m365agentsplayground/package.json');
const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
const cli = join(dirname(pkgFile), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.agentsplayground);
const playgroundLog = join(root, 'devTools', 'm365agentsplayground.log');

say('starting the Microsoft 365 Agents Playground');
// With stdout not a terminal, the playground logs to devTools/m365agentsplayground.log only and
// writes just `Listening on <port>` to stdout: that line tells us the port it really took.
const playground = start(
  'playground',
  [cli, '--app-endpoint', `${botBase}/api/messages`, '--channel-id', 'msteams', '--port', playgroundPort, '--disable-telemetry'],
  { TEAMSAPPTESTER_BROWSER: 'none' },
);
let uiPort = null;
let pgOut = '';
playground.stdout.setEncoding('utf8');
playground.stdout.on('data', (chunk) => {
  pgOut += chunk;
  const m = /Listening on (\d+)/.exec(pgOut);
  if (m) uiPort = Number(m[1]);
});
prefixLines(playground.stderr, process.stderr, '[playground] ');

const pgStart = await waitFor(playground, async () => uiPort !== null && (await answers(`http://127.0.0.1:${uiPort}/`)));
if (!pgStart.ok) {
  const why = pgStart.exited
    ? `exited (code ${pgStart.exited.code ?? `signal ${pgStart.exited.signal}`})`
    : `did not come up within ${startTimeoutMs / 1000} s`;
  complain(`The Agents Playground ${why}. The end of ${playgroundLog}:\n${existsSync(playgroundLog) ? logTail(playgroundLog) : '(no log written)'}`);
  await shutdown(pgStart.exited ? exitCodeOf(pgStart.exited) || 1 : 1);
}
if (String(uiPort) !== String(playgroundPort)) say(`port ${playgroundPort} was taken, so the playground took ${uiPort}`);
say(`playground log: ${playgroundLog}`);
process.stdout.write(`\nOpen http://localhost:${uiPort} in your browser to talk to the Social Value Assistant (Ctrl-C stops both).\n\n`);

// ---- 3. run until one of them stops ----------------------------------------------------------------
const first = await Promise.race([
  bot.exited.then((r) => ['bot', r]),
  playground.exited.then((r) => ['playground', r]),
]);
if (!shuttingDown) {
  const [name, result] = first;
  const code = exitCodeOf(result);
  complain(`The ${name === 'bot' ? 'bot' : 'Agents Playground'} stopped (${result.code !== null ? `exit code ${result.code}` : `signal ${result.signal}`}); stopping the other.`);
  if (name === 'playground' && code !== 0) complain(`The end of ${playgroundLog}:\n${logTail(playgroundLog)}`);
  await shutdown(code);
}
