/**
 * Retrying a call to the Bot Connector (or any HTTP service) when the failure is worth retrying:
 * throttling (429), a failed precondition Teams uses under load (412), a server fault (5xx) or a
 * dropped connection. Anything else (403 not installed, 404 no conversation) fails at once, because
 * trying again cannot help. Backoff is exponential with jitter, so many senders do not retry in step.
 */
import pRetry, { AbortError } from 'p-retry';

const RETRYABLE_STATUS = new Set([412, 429]);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE']);

export interface RetryOptions {
  /** retries after the first attempt */
  retries?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** told of each failed attempt that will be retried (for the log) */
  onRetry?: (info: { attempt: number; retriesLeft: number; status: number | undefined; error: Error }) => void;
}

/** The HTTP status an SDK error carries: botbuilder's RestError has statusCode, fetch-style errors response.status. */
export function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  const s = e.statusCode ?? e.status ?? e.response?.status;
  return typeof s === 'number' ? s : undefined;
}

export function isTransient(err: unknown): boolean {
  const status = statusOf(err);
  if (status !== undefined) return RETRYABLE_STATUS.has(status) || status >= 500;
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}

/** Runs `attempt` until it succeeds, fails in a way retrying cannot help, or the retries run out; rejects with the last error. */
export async function withRetries<T>(attempt: () => Promise<T>, o: RetryOptions = {}): Promise<T> {
  let raised: unknown;
  // p-retry rejects with the error the call raised (it unwraps AbortError).
  return pRetry(
    async () => {
      try {
        return await attempt();
      } catch (err) {
        raised = err;
        // p-retry needs an Error; an SDK error from another realm may fail instanceof.
        const error = err instanceof Error ? err : Object.assign(new Error(String((err as { message?: unknown })?.message ?? err)), { cause: err });
        throw isTransient(err) ? error : new AbortError(error);
      }
    },
    {
      retries: o.retries ?? 5,
      minTimeout: o.minDelayMs ?? 500,
      maxTimeout: o.maxDelayMs ?? 30_000,
      factor: 2,
      randomize: true,
      onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
        if (retriesLeft > 0) o.onRetry?.({ attempt: attemptNumber, retriesLeft, status: statusOf(raised), error });
      },
    },
  );
}
