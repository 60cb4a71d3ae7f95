/**
 * The HTTP surface: POST /api/messages (Bot Framework), GET /healthz, GET /downloads/:token and
 * GET /sources/:document (a council document as a page, the target of every "Source:" link).
 *
 * An activity passes four gates before any bot logic runs, each answering with its own 4xx:
 *   1. plain (not compressed) JSON of at most 1 MB (415, 413, 400);
 *   2. the fields the SDK and the bot rely on have the right types (400, naming the field): without
 *      this, e.g. a numeric serviceUrl is a 500 inside the SDK and a missing `from` a failed turn;
 *   3. Bot Framework authentication when MicrosoftAppId is set (401);
 *   4. the tenant allow-list when ALLOWED_TENANTS is set (403).
 * Nothing a client sends can take the process down or get a stack trace back.
 *
 * `stop()` is the graceful shutdown: stop listening, answer requests that arrive on kept-alive
 * connections with 503 (Teams retries), let the requests already being handled finish, then close.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import restify from 'restify';
import type { ActivityHandler, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { TeamsAdapter } from './adapter.js';
import { z } from 'zod';
import { issueLines } from '../jsonFile.js';
import type { Downloads } from '../downloads/downloads.js';
import type { Logger } from '../logger.js';
import { PAGE_CSP, type SourcePages } from '../sources/page.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * A slow client (headers or a body that never finish) cannot hold a connection: Node answers 408 and
 * closes it. Headers: 10 s is far more than any real client needs. Request: 30 s for the whole request,
 * body included (1 MB at most), counted until it has arrived, not while the bot answers it.
 */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** How long stop() waits for requests in flight (Kubernetes and App Service allow 30 s). */
export const DEFAULT_DRAIN_MS = 25_000;

export interface ServerDeps {
  adapter: TeamsAdapter;
  /** the adapter's authentication, to authenticate before the tenant check */
  auth: Pick<ConfigurationBotFrameworkAuthentication, 'authenticateRequest'>;
  bot: ActivityHandler;
  logger: Logger;
  downloads: Downloads;
  /** the council documents' pages; without them /sources/ answers 404 */
  sources?: SourcePages;
  /** lower-case tenant ids; when set, activities from any other tenant are refused */
  allowedTenants?: readonly string[];
  /** how long a client may take to send its headers, and its whole request (tests shorten them) */
  timeouts?: { headersMs?: number; requestMs?: number };
}

export interface HttpServer {
  server: restify.Server;
  /** Stops accepting, lets requests in flight finish (up to `drainMs`), closes. True when all finished. */
  stop(drainMs?: number): Promise<boolean>;
}

/** How long browsers and proxies may keep a source page: the documents change only with a release. */
export const SOURCE_PAGE_MAX_AGE = 3600;

export function createServer({ adapter, auth, bot, logger, downloads, sources, allowedTenants, timeouts = {} }: ServerDeps): HttpServer {
  const server = restify.createServer({ name: 'social-value-assistant', handleUncaughtExceptions: false });
  const headersMs = timeouts.headersMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const requestMs = Math.max(timeouts.requestMs ?? DEFAULT_REQUEST_TIMEOUT_MS, headersMs);
  server.server.headersTimeout = headersMs;
  server.server.requestTimeout = requestMs;
  // Node checks both timeouts on this interval (30 s by default, read when listening starts): check
  // often enough that a timeout means what it says.
  (server.server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.max(25, Math.min(1_000, Math.floor(headersMs / 4)));
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  let onIdle: (() => void) | undefined;

  // Counted from the moment the request line arrives, i.e. before the body is read: a request that
  // is still uploading when SIGTERM comes is in flight too.
  server.server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    if (stopping) res.shouldKeepAlive = false;
    res.once('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) onIdle?.();
    });
  });

  // A request whose headers were still arriving when stop() began is refused, not started.
  server.pre((_req, res, next) => {
    if (!stopping) return next();
    res.header('retry-after', '1');
    res.send(503, { error: 'The bot is restarting. Please try again in a moment.' });
    return next(false);
  });

  // restify's body reader gunzips without an error handler (a corrupt gzip body crashes the
  // process) and caps the compressed size only (a small gzip bomb inflates without limit). Bot
  // Framework channels send plain JSON, so encoded bodies are refused before it sees them.
  // A declared oversize body is refused before it is read at all.
  server.pre((req, res, next) => {
    if (req.headers['content-encoding'] !== undefined) {
      res.header('connection', 'close');
      res.send(415, { error: 'Compressed request bodies are not accepted; send plain JSON.' });
      return next(false);
    }
    const length = Number(req.headers['content-length']);
    if (Number.isFinite(length) && length > MAX_BODY_BYTES) {
      res.header('connection', 'close');
      res.send(413, { error: `The request body is over ${MAX_BODY_BYTES} bytes.` });
      return next(false);
    }
    return next();
  });

  // JSON only: the general bodyParser would also parse multipart bodies, writing uploads to disk.
  server.use(restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }));
  server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  // The same page for everyone (no user text, no cookies): public and cacheable. HEAD answers the
  // same headers. The only query read is `quote`, a known quote's id; anything else is ignored.
  const sourcePage = async (req: restify.Request, res: restify.Response) => {
    const document = String(req.params.document ?? '');
    const query = new URLSearchParams((req.url ?? '').split('#')[0]!.split('?').slice(1).join('?'));
    const page = sources?.get(document, query.getAll('quote').find((q) => /^[A-Za-z0-9_-]{12}$/.test(q)));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'" });
      res.end(req.method === 'HEAD' ? undefined : '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>No such document</title></head><body><h1>No such document</h1><p>The bot has no source document at this address. Ask the bot again for a fresh link.</p></body></html>\n');
      return;
    }
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': `public, max-age=${SOURCE_PAGE_MAX_AGE}`,
      etag: page.etag,
      'content-security-policy': PAGE_CSP,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    };
    const tags = String(req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (tags.includes(page.etag) || tags.includes('*')) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const body = Buffer.from(page.html, 'utf8');
    res.writeHead(200, { ...headers, 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  server.get('/sources/:document', sourcePage);
  server.head('/sources/:document', sourcePage);

  server.get('/downloads/:token', async (req, res) => {
    const found = await downloads.get(String(req.params.token ?? ''));
    if ('missing' in found) {
      res.send(found.missing === 'expired' ? 410 : 404, {
        error: found.missing === 'expired' ? 'This download link has expired. Ask the bot for a new one.' : 'No such download.',
      });
      return;
    }
    const { file } = found;
    res.writeHead(200, {
      'content-type': file.contentType,
      // A picture is shown where it is linked (the digest card); everything else is saved as a file.
      'content-disposition': `${file.contentType === 'image/png' ? 'inline' : 'attachment'}; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(file.body);
  });

  server.post('/api/messages', async (req, res) => {
    if (!req.is('json')) {
      res.send(415, { error: 'Expected a JSON Bot Framework activity (Content-Type: application/json).' });
      return;
    }
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, { error: 'Expected a Bot Framework activity: a JSON object with a "type".' });
      return;
    }
    const problem = activityProblem(body);
    if (problem) {
      res.send(400, { error: `Not a usable Bot Framework activity: ${problem}` });
      return;
    }
    const activity = body as Parameters<ServerDeps['auth']['authenticateRequest']>[0];
    const authorization = req.headers.authorization ?? '';
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await auth.authenticateRequest(activity, authorization);
    } catch (err) {
      // Not being able to fetch the signing keys is our fault, not the caller's, and worth a retry:
      // the SDK reports it with a 5xx status, or lets node-fetch's network error through.
      if (isKeyFetchFailure(err)) {
        logger.error('cannot verify the request token', { error: (err as Error).message });
        res.send(503, { error: 'The bot cannot verify credentials right now. Please try again.' });
      } else {
        logger.warn('refused an unauthenticated request', { reason: (err as Error).message });
        res.send(401, { error: 'Unauthorized.' });
      }
      return;
    }
    const refusal = allowedTenants ? tenantRefusal(activity, allowedTenants) : undefined;
    if (refusal) {
      logger.warn('refused an activity from a tenant not on the allow-list', { tenant: refusal.tenant });
      res.send(403, { error: refusal.message });
      return;
    }
    try {
      // Authenticated once, above: the adapter takes the result instead of checking the token again.
      const invoke = await adapter.processAuthenticated(authenticated, activity as Parameters<TeamsAdapter['processAuthenticated']>[1], (context) => bot.run(context));
      res.send(invoke?.status ?? 200, invoke?.body);
    } catch (err) {
      logger.error('request failed', { error: (err as Error).message });
      if (!res.headersSent) res.send(500, { error: 'The bot could not process this activity.' });
    }
  });

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, cb: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) logger.error('server error', { path: req.path(), error: err.message });
    // Never show a stack trace to the client.
    err.toJSON = () => ({ error: status >= 500 ? 'Internal error' : err.message });
    cb();
  });

  const stop = async (drainMs = DEFAULT_DRAIN_MS): Promise<boolean> => {
    stopping = true;
    // Responses still to be written tell their clients the connection ends with them.
    for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
    const closed = new Promise<void>((resolve) => (server.server.listening ? server.server.close(() => resolve()) : resolve()));
    server.server.closeIdleConnections();
    const drained = await new Promise<boolean>((resolve) => {
      if (inFlight.size === 0) return resolve(true);
      const timer = setTimeout(() => resolve(false), drainMs);
      onIdle = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
    if (!drained) logger.warn('stopped with requests still in flight', { inFlight: inFlight.size, drainMs });
    // Whatever is left is idle keep-alive connections, or (after the deadline) abandoned requests.
    server.server.closeAllConnections();
    await closed;
    return drained;
  };

  return { server, stop };
}

/*
 * Gate 2: only what the SDK and the bot dereference or call string methods on. Everything else
 * passes through untouched (looseObject), so new channel fields never break the bot.
 */
const text = z.string();
const account = z.looseObject({ id: z.string(), name: z.string().nullish(), aadObjectId: z.string().nullish() });
const ActivityShape = z
  .looseObject({
    type: z.string().min(1, 'must not be empty'),
    channelId: z.string().min(1, 'must not be empty'),
    serviceUrl: text.optional(),
    deliveryMode: text.nullish(),
    from: account,
    recipient: account,
    conversation: z.looseObject({ id: z.string(), conversationType: text.nullish(), tenantId: text.nullish() }),
    text: text.nullish(),
    locale: text.nullish(),
    name: text.nullish(),
    replyToId: text.nullish(),
    entities: z.array(z.looseObject({ type: z.string() })).nullish(),
    attachments: z.array(z.looseObject({})).nullish(),
    membersAdded: z.array(account).nullish(),
    membersRemoved: z.array(account).nullish(),
    channelData: z.looseObject({ tenant: z.looseObject({ id: z.string() }).nullish() }).nullish(),
  })
  .superRefine((activity, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    for (const [i, entity] of (activity.entities ?? []).entries()) {
      if (entity.type.toLowerCase() !== 'mention') continue;
      // TurnContext.removeRecipientMention reads mentioned.id and edits the text.
      const mentioned = (entity as { mentioned?: unknown }).mentioned as { id?: unknown } | null | undefined;
      if (typeof mentioned?.id !== 'string') issue(['entities', i, 'mentioned', 'id'], 'a mention must say who is mentioned');
      if (typeof activity.text !== 'string') issue(['text'], 'a message with mentions must have text');
    }
    if (activity.type !== 'invoke') return;
    if (!activity.name) return issue(['name'], 'an invoke must have a name');
    const value: unknown = activity.value;
    // The SDK's invoke handlers read fields of `value` without checking it (healthCheck has none).
    if (activity.name !== 'healthCheck' && !isPlainObject(value)) return issue(['value'], 'an invoke must carry an object value');
    if (activity.name === 'adaptiveCard/action') {
      const action = (value as { action?: unknown }).action;
      if (!isPlainObject(action)) return issue(['value', 'action'], 'a card action must be an object');
      if (typeof action.type !== 'string') issue(['value', 'action', 'type'], 'a card action must have a type');
    }
  });

function isKeyFetchFailure(err: unknown): boolean {
  const { statusCode, name } = (err ?? {}) as { statusCode?: unknown; name?: unknown };
  return (typeof statusCode === 'number' && statusCode >= 500) || name === 'FetchError';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first thing wrong with the activity, as "field: problem", or undefined when it is usable. */
export function activityProblem(body: unknown): string | undefined {
  const result = ActivityShape.safeParse(body);
  if (result.success) return undefined;
  const [first] = result.error.issues;
  return first ? issueLines([first])[0]! : 'not an activity';
}

/** Why an activity is refused under the allow-list, or undefined when its tenant is listed. */
export function tenantRefusal(activity: { channelData?: unknown; conversation?: { tenantId?: string | null } }, allowed: readonly string[]): { tenant: string; message: string } | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: string } | null } | null | undefined)?.tenant?.id;
  const claimed = [fromChannelData, activity.conversation?.tenantId].filter((t): t is string => typeof t === 'string' && t !== '');
  if (claimed.length === 0) {
    return { tenant: '(none)', message: 'This bot serves listed organisations only, and this activity does not say which organisation (tenant) it comes from.' };
  }
  // Both places must name an allowed tenant: a listed id in one cannot vouch for another in the other.
  const outsider = claimed.find((t) => !allowed.includes(t.toLowerCase()));
  if (outsider === undefined) return undefined;
  return { tenant: outsider, message: `This bot is not available to your organisation (tenant ${outsider}). Ask your administrator if you think it should be.` };
}
