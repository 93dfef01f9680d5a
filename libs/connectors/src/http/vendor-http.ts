import { backoffMs, sleep, type RetryPolicy, type TokenBucket } from '@parity/resilience';
import { codeForStatus, ConnectorError, retryAfterMs, type Vendor } from './connector-error';

export type QueryValue = string | number | boolean | undefined;

export interface VendorRequest {
  /** Names the call in errors, logs and metrics: `createSalesOrder`. */
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the base URL, or absolute (a vendor's `next` cursor link). */
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** Sent as application/json. */
  readonly json?: unknown;
  /**
   * Sent verbatim (SOAP envelopes, form bodies); set Content-Type in headers. Bytes for a body
   * in a charset other than UTF-8 (Prima's ISO-8859-1).
   */
  readonly body?: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
  /** Tokens this request costs in the vendor's rate budget; 1 unless the vendor says otherwise. */
  readonly cost?: number;
  /**
   * Whether repeating the request is harmless. GET, PUT and DELETE are; a POST is only when
   * the vendor deduplicates it (an idempotency key). Unsafe requests are never retried here:
   * the caller searches before creating again (see `createOnce`).
   */
  readonly idempotent?: boolean;
  /** Statuses the caller handles itself instead of receiving an error (404 on a lookup). */
  readonly acceptStatuses?: readonly number[];
}

export interface VendorResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The body decoded in the charset its Content-Type names (UTF-8 when it names none). */
  readonly text: string;
}

export interface VendorAuth {
  /** Headers proving who we are, fetched before every attempt (tokens may have rotated). */
  headers(): Promise<Record<string, string>>;
  /**
   * Called once after a 401 with the credentials that were refused (so a refresher can tell a
   * stale token from one another caller already rotated); the request is then retried once.
   */
  refresh?(rejectedHeaders: Record<string, string>): Promise<void>;
}

export interface VendorHttpOptions {
  readonly vendor: Vendor;
  readonly baseUrl: string;
  readonly auth?: VendorAuth;
  readonly limiter?: TokenBucket;
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** Reads rate-limit headers and the like from every response, successful or not. */
  readonly onResponse?: (response: VendorResponse) => void;
  readonly random?: () => number;
}

const DEFAULT_RETRY: RetryPolicy = { initialMs: 200, maxMs: 10_000, multiplier: 2, maxAttempts: 5 };

/**
 * The one HTTP path to every vendor: authentication, client-side rate limiting, a timeout per
 * attempt, retries with full jitter (never sooner than the vendor's Retry-After) for safe
 * requests, and every failure classified as a `ConnectorError`.
 */
export class VendorHttp {
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;

  constructor(private readonly options: VendorHttpOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  get vendor(): Vendor {
    return this.options.vendor;
  }

  async request(request: VendorRequest): Promise<VendorResponse> {
    const safe = request.idempotent ?? request.method !== 'POST';
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      // Credentials first: a token fetch that queued behind this request's rate-limit turn
      // would let every request already holding a turn burst out together when it returns.
      const credentials = (await this.options.auth?.headers()) ?? {};
      await this.options.limiter?.take(request.cost ?? 1);
      try {
        return await this.attempt(request, credentials);
      } catch (error) {
        if (!(error instanceof ConnectorError)) throw error;
        if (error.code === 'CONNECTOR.UNAUTHORIZED' && !refreshed && this.options.auth?.refresh) {
          refreshed = true;
          await this.options.auth.refresh(credentials);
          attempt--;
          continue;
        }
        if (!error.retriable || !safe || attempt >= this.retry.maxAttempts) throw error;
        await sleep(backoffMs(this.retry, attempt, this.options.random, error.retryAfterMs));
      }
    }
  }

  /** Sends and parses JSON; an unparsable body is a `CONNECTOR.BAD_RESPONSE`. */
  async json<T>(request: VendorRequest): Promise<T> {
    const response = await this.request(request);
    try {
      return JSON.parse(response.text) as T;
    } catch (cause) {
      throw new ConnectorError(
        this.vendor,
        request.operation,
        'CONNECTOR.BAD_RESPONSE',
        `answered ${response.status} with a body that is not JSON`,
        { status: response.status, responseBody: response.text, cause },
      );
    }
  }

  private async attempt(
    request: VendorRequest,
    credentials: Record<string, string>,
  ): Promise<VendorResponse> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...credentials,
      ...request.headers,
    };
    let body = request.body;
    if (request.json !== undefined) {
      body = JSON.stringify(request.json);
      headers['content-type'] = 'application/json';
    }
    let raw: Response;
    let text: string;
    try {
      raw = await fetch(this.url(request), {
        method: request.method,
        headers,
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = decodeBody(await raw.arrayBuffer(), raw.headers.get('content-type'));
    } catch (cause) {
      const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
      throw new ConnectorError(
        this.vendor,
        request.operation,
        timedOut ? 'CONNECTOR.TIMEOUT' : 'CONNECTOR.NETWORK',
        timedOut ? `no answer within ${this.timeoutMs} ms` : networkMessage(cause),
        { cause },
      );
    }
    const response: VendorResponse = { status: raw.status, headers: raw.headers, text };
    this.options.onResponse?.(response);
    if (raw.ok || request.acceptStatuses?.includes(raw.status)) return response;
    if (raw.status === 429) this.options.limiter?.drain();
    throw new ConnectorError(
      this.vendor,
      request.operation,
      codeForStatus(raw.status),
      `answered HTTP ${raw.status}`,
      {
        status: raw.status,
        retryAfterMs: retryAfterMs(raw.headers.get('retry-after')),
        responseBody: text,
      },
    );
  }

  private url(request: VendorRequest): string {
    const url = new URL(request.path, withTrailingSlash(this.options.baseUrl));
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }
}

/** A body in the charset its Content-Type declares; an unknown charset is read as UTF-8. */
function decodeBody(bytes: ArrayBuffer, contentType: string | null): string {
  const declared = contentType
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name?.toLowerCase() === 'charset')?.[1];
  const charset = declared?.replace(/^"|"$/g, '');
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function networkMessage(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } })?.cause;
  return `network failure (${inner?.code ?? inner?.message ?? String(cause)})`;
}
