/**
 * A local stand-in for the Bot Connector service (the Teams side of proactive messages), speaking
 * its REST wire format on 127.0.0.1: create conversation, send / reply / update activity, paged
 * members. It records what the bot sent and can be told to fail the next calls (429, 503…).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedActivity {
  conversationId: string;
  activity: Record<string, unknown>;
  method: string;
  path: string;
}

export interface ConnectorStub {
  /** serviceUrl to put in activities sent to the bot */
  url: string;
  sent: CapturedActivity[];
  created: Array<Record<string, unknown>>;
  /** members returned by GET /v3/conversations/{id}/pagedmembers and /members */
  members: Array<Record<string, unknown>>;
  /** calls answered so far, failures included */
  calls: number;
  /** the next `count` calls answer `status` (with Retry-After: 0 for 429) */
  failNext(count: number, status: number): void;
  /** waits until at least `n` activities have been captured */
  waitFor(n: number, timeoutMs?: number): Promise<CapturedActivity[]>;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

export async function startConnectorStub(): Promise<ConnectorStub> {
  const sent: CapturedActivity[] = [];
  const created: Array<Record<string, unknown>> = [];
  const members: Array<Record<string, unknown>> = [];
  let failures: { count: number; status: number } = { count: 0, status: 0 };
  let counter = 0;
  const waiters: Array<() => void> = [];

  const stub = { calls: 0 } as ConnectorStub;
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    stub.calls += 1;
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    try {
      if (failures.count > 0) {
        failures.count -= 1;
        reply(failures.status, { error: { code: 'Throttled', message: 'stub failure' } }, failures.status === 429 ? { 'retry-after': '0' } : {});
        return;
      }
      if (req.method === 'POST' && path === '/v3/conversations') {
        const body = await readJson(req);
        created.push(body);
        counter += 1;
        reply(201, { id: `a:created-${counter}`, serviceUrl: `http://${req.headers.host}` });
        return;
      }
      const m = /^\/v3\/conversations\/([^/]+)\/(activities|pagedmembers|members)(?:\/([^/]+))?$/.exec(path);
      if (m) {
        const conversationId = decodeURIComponent(m[1]!);
        if (m[2] === 'pagedmembers') return reply(200, { members });
        if (m[2] === 'members' && m[3]) {
          // Like Teams: one member by id (Teams id, AAD object id or UPN), or 404.
          const wanted = decodeURIComponent(m[3]).toLowerCase();
          const member = members.find((x) => [x.id, x.aadObjectId, x.userPrincipalName, x.email].some((v) => typeof v === 'string' && v.toLowerCase() === wanted));
          return member ? reply(200, member) : reply(404, { error: { code: 'MemberNotFoundInConversation', message: 'The member was not found in the conversation.' } });
        }
        if (m[2] === 'members') return reply(200, members);
        if (req.method === 'POST' || req.method === 'PUT') {
          const activity = await readJson(req);
          sent.push({ conversationId, activity, method: req.method, path });
          waiters.splice(0).forEach((w) => w());
          counter += 1;
          return reply(200, { id: `activity-${counter}` });
        }
        if (req.method === 'DELETE') return reply(200, {});
      }
      reply(404, { error: { code: 'NotFound', message: `stub has no route for ${req.method} ${path}` } });
    } catch (err) {
      reply(400, { error: { code: 'BadRequest', message: (err as Error).message } });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;

  Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    sent,
    created,
    members,
    failNext(count: number, status: number) {
      failures = { count, status };
    },
    async waitFor(n: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} proactive activities, got ${sent.length}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
      return sent;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  });
  return stub;
}
