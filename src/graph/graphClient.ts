/**
 * Microsoft Graph, app-only: who is an officer's line manager (GET /users/{id}/manager).
 *
 * The HTTP exchange runs through the Graph SDK's middleware (its retry handler honours 429/503/504 and
 * Retry-After). Authentication is a plain token provider rather than the SDK's AuthenticationHandler:
 * that handler only signs requests to Graph's own https hosts, and tests point GRAPH_BASE_URL at a local
 * stand-in. Production gets its token from @azure/identity (see credentials.ts).
 */
import {
  Client,
  GraphError,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

export type TokenProvider = () => Promise<string>;

export interface DirectoryUser {
  id: string;
  displayName?: string;
  mail?: string;
  userPrincipalName?: string;
}

export type ManagerLookup =
  | { kind: 'found'; manager: DirectoryUser }
  /** Graph has no manager for this user (or does not know the user) */
  | { kind: 'none'; message: string }
  | { kind: 'error'; message: string };

export interface ManagerSource {
  managerOf(userId: string): Promise<ManagerLookup>;
}

export interface GraphDirectoryOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  token: TokenProvider;
  /** whole look-up, retries included; an invoke must answer within a few seconds */
  timeoutMs?: number;
  retries?: number;
  /** seconds between retries when Graph gives no Retry-After */
  retryDelaySeconds?: number;
}

/** Adds the bearer token to every request. */
class BearerToken implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly token: TokenProvider) {}
  async execute(context: Context): Promise<void> {
    const token = await this.token();
    context.options = { ...context.options, headers: { ...(context.options?.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` } };
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** "https://graph.microsoft.com/v1.0" -> host "https://graph.microsoft.com", version "v1.0". */
export function splitBaseUrl(baseUrl: string): { host: string; version: string } {
  const trimmed = baseUrl.replace(/\/+$/, '');
  const at = trimmed.lastIndexOf('/');
  return { host: trimmed.slice(0, at), version: trimmed.slice(at + 1) };
}

export class GraphDirectory implements ManagerSource {
  private readonly client: Client;
  private readonly timeoutMs: number;

  constructor(options: GraphDirectoryOptions) {
    const { host, version } = splitBaseUrl(options.baseUrl);
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.client = Client.initWithMiddleware({
      baseUrl: host,
      defaultVersion: version,
      middleware: [
        new BearerToken(options.token),
        new RetryHandler(new RetryHandlerOptions(options.retryDelaySeconds ?? 1, options.retries ?? 2)),
        new HTTPMessageHandler(),
      ],
    });
  }

  async managerOf(userId: string): Promise<ManagerLookup> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const body = (await this.client
        .api(`/users/${encodeURIComponent(userId)}/manager`)
        .select(['id', 'displayName', 'mail', 'userPrincipalName'])
        .option('signal', signal)
        .get()) as Partial<DirectoryUser> | undefined;
      if (!body || typeof body.id !== 'string' || body.id === '') return { kind: 'error', message: 'Microsoft Graph answered without a manager id' };
      return {
        kind: 'found',
        manager: {
          id: body.id,
          ...(typeof body.displayName === 'string' ? { displayName: body.displayName } : {}),
          ...(typeof body.mail === 'string' && body.mail ? { mail: body.mail } : {}),
          ...(typeof body.userPrincipalName === 'string' ? { userPrincipalName: body.userPrincipalName } : {}),
        },
      };
    } catch (err) {
      if (err instanceof GraphError && err.statusCode === 404) {
        return { kind: 'none', message: `Microsoft 365 has no line manager recorded for this user (${err.code ?? '404'})` };
      }
      // The SDK wraps an aborted fetch in a GraphError without a status; the signal says what happened.
      const status = signal.aborted
        ? 'timed out'
        : err instanceof GraphError && err.statusCode > 0
          ? `${err.statusCode}${err.code ? ` ${err.code}` : ''}`
          : (err as Error).message || 'no answer';
      return { kind: 'error', message: `Microsoft Graph could not be asked for the line manager (${status})` };
    }
  }
}
