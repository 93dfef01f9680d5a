export type Vendor = 'prima' | 'peoplevox' | 'clarus' | 'sitoo' | 'lightspeed';

/**
 * Stable codes for every way a vendor call can fail. Transient ones are worth another try
 * later (the Kafka runtime retries them in place); permanent ones need a person or a data fix.
 */
export type ConnectorErrorCode =
  | 'CONNECTOR.TIMEOUT'
  | 'CONNECTOR.NETWORK'
  | 'CONNECTOR.SERVER_ERROR'
  | 'CONNECTOR.RATE_LIMITED'
  | 'CONNECTOR.UNAUTHORIZED'
  | 'CONNECTOR.NOT_FOUND'
  | 'CONNECTOR.CONFLICT'
  | 'CONNECTOR.REJECTED'
  | 'CONNECTOR.BAD_RESPONSE';

const TRANSIENT_CODES = new Set<ConnectorErrorCode>([
  'CONNECTOR.TIMEOUT',
  'CONNECTOR.NETWORK',
  'CONNECTOR.SERVER_ERROR',
  'CONNECTOR.RATE_LIMITED',
]);

/**
 * A failed vendor call, classified. `retriable` is what the Kafka runtime's
 * `classifyFailure` reads, so a handler can let connector errors propagate unchanged.
 */
export class ConnectorError extends Error {
  readonly retriable: boolean;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** The vendor's response body, cut short; for exceptions and logs, never secrets. */
  readonly responseBody: string | undefined;

  constructor(
    readonly vendor: Vendor,
    readonly operation: string,
    readonly code: ConnectorErrorCode,
    message: string,
    options: {
      status?: number;
      retryAfterMs?: number;
      responseBody?: string;
      cause?: unknown;
    } = {},
  ) {
    super(`${vendor} ${operation}: ${message}`, { cause: options.cause });
    this.name = 'ConnectorError';
    this.retriable = TRANSIENT_CODES.has(code);
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.responseBody = options.responseBody?.slice(0, 2_000);
  }
}

/** The code for an HTTP status a vendor answered with (2xx never reaches here). */
export function codeForStatus(status: number): ConnectorErrorCode {
  if (status === 429) return 'CONNECTOR.RATE_LIMITED';
  if (status === 408 || status >= 500)
    return status === 408 ? 'CONNECTOR.TIMEOUT' : 'CONNECTOR.SERVER_ERROR';
  if (status === 401 || status === 403) return 'CONNECTOR.UNAUTHORIZED';
  if (status === 404) return 'CONNECTOR.NOT_FOUND';
  if (status === 409) return 'CONNECTOR.CONFLICT';
  return 'CONNECTOR.REJECTED';
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
