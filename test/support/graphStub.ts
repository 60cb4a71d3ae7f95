/**
 * A local stand-in for Microsoft Graph's `GET /v1.0/users/{id}/manager` on 127.0.0.1, speaking Graph's
 * JSON: the manager as a user object, or 404 with Graph's error body when there is none. It checks the
 * bearer token, records each request and can be told to fail the next calls (429 with Retry-After, 503…).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphUser {
  id: string;
  displayName: string;
  mail?: string | null;
  userPrincipalName: string;
}

export interface GraphRequest {
  method: string;
  /** path and query, e.g. /v1.0/users/ann/manager?$select=id,displayName */
  url: string;
  authorization: string | undefined;
}

export interface GraphStub {
  /** base URL for GRAPH_BASE_URL, e.g. http://127.0.0.1:1234/v1.0 */
  baseUrl: string;
  /** the token every request must carry */
  token: string;
  /** user id (AAD object id) -> their manager */
  managers: Map<string, GraphUser>;
  requests: GraphRequest[];
  failNext(count: number, status: number): void;
  /** answer every request only after this many milliseconds (0: at once) */
  delayMs: number;
  close(): Promise<void>;
}

function graphError(code: string, message: string) {
  const now = new Date().toISOString();
  return { error: { code, message, innerError: { date: now, 'request-id': 'stub-request', 'client-request-id': 'stub-client' } } };
}

export async function startGraphStub(token = 'stub-graph-token'): Promise<GraphStub> {
  const managers = new Map<string, GraphUser>();
  const requests: GraphRequest[] = [];
  let failures = { count: 0, status: 0 };

  const stub = { delayMs: 0 } as GraphStub;
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? '';
    if (stub.delayMs > 0) await new Promise((r) => setTimeout(r, stub.delayMs));
    requests.push({ method: req.method ?? '', url, authorization: req.headers.authorization });
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal', ...headers });
      res.end(JSON.stringify(body));
    };
    if (failures.count > 0) {
      failures.count -= 1;
      const throttled = failures.status === 429;
      return reply(failures.status, graphError(throttled ? 'TooManyRequests' : 'ServiceUnavailable', 'stub failure'), throttled || failures.status === 503 ? { 'retry-after': '0' } : {});
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      return reply(401, graphError('InvalidAuthenticationToken', 'Access token is empty or invalid.'));
    }
    const path = url.split('?')[0] ?? '';
    const m = /^\/v1\.0\/users\/([^/]+)\/manager$/.exec(path);
    if (req.method === 'GET' && m) {
      const manager = managers.get(decodeURIComponent(m[1]!));
      if (!manager) {
        return reply(404, graphError('Request_ResourceNotFound', "Resource 'manager' does not exist or one of its queried reference-property objects are not present."));
      }
      return reply(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity', '@odata.type': '#microsoft.graph.user', ...manager });
    }
    reply(400, graphError('BadRequest', `stub has no route for ${req.method} ${path}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(stub, {
    baseUrl: `http://127.0.0.1:${port}/v1.0`,
    token,
    managers,
    requests,
    failNext(count: number, status: number) {
      failures = { count, status };
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  });
}
