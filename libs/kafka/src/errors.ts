import { InvalidExceptionError } from '@parity/contracts';

/**
 * The runtime's two kinds of failure. A transient one is retried in place (the key waits,
 * the group membership is kept); a permanent one sends the message to its dead-letter
 * topic, raises POISON_MESSAGE for the platform team, and lets the messages behind it carry on.
 * Codes are dotted and stable (`KAFKA.UNDECODABLE`): they survive process boundaries,
 * `instanceof` does not.
 */
export class TransientError extends Error {
  readonly retriable = true;
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'TransientError';
    this.retryAfterMs = options?.retryAfterMs;
  }
  readonly retryAfterMs: number | undefined;
}

/**
 * A message that cannot be processed: undecodable, off its schema, or hitting a bug. It is
 * dead-lettered and raises POISON_MESSAGE. A business rejection (an unmapped depot, a SKU a
 * system lacks) is not one: a handler records it with `ctx.reject`, which raises the owned
 * exception about the SKU or order and counts the message as done.
 */
export class PermanentError extends Error {
  readonly retriable = false;
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'PermanentError';
  }
}

export type FailureKind = 'transient' | 'permanent';

// SQLSTATEs worth another try: serialization failure, deadlock, connection trouble,
// the server shutting down or out of resources.
const TRANSIENT_SQLSTATE = /^(40001|40P01|08\w{3}|57P0[1-3]|53\w{3})$/;
const TRANSIENT_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/**
 * Decides how a handler's failure is treated. An explicit `retriable` flag wins (our errors,
 * connector errors, kafkajs errors); then database and network failures the handler did not
 * classify are transient; anything else, a bug included, is permanent so that it cannot
 * block a partition forever: it is dead-lettered and can be replayed once fixed.
 */
export function classifyFailure(error: unknown): FailureKind {
  if (typeof error !== 'object' || error === null) return 'permanent';
  const { retriable, code, status } = error as {
    retriable?: unknown;
    code?: unknown;
    status?: unknown;
  };
  if (typeof retriable === 'boolean') return retriable ? 'transient' : 'permanent';
  if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_ERRNO.has(code))) {
    return 'transient';
  }
  if (typeof status === 'number' && (status >= 500 || status === 429 || status === 408)) {
    return 'transient';
  }
  if (error instanceof Error && /Connection terminated|timeout exceeded/i.test(error.message)) {
    return 'transient';
  }
  return 'permanent';
}

/** The error code for headers and exceptions: ours when we have one, else the error's name. */
export function failureCode(error: unknown): string {
  if (error instanceof TransientError || error instanceof PermanentError) return error.code;
  if (error instanceof InvalidExceptionError) return error.code;
  if (error instanceof Error) return `UNCLASSIFIED.${error.name}`;
  return 'UNCLASSIFIED';
}
