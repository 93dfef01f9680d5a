import { ConnectorError } from '@parity/connectors';
import type { ClaimedPush } from './push-queue.repository';
import type { PushTarget } from './push-target';

/** What a target said to one push. */
export type PushAnswer =
  | { readonly kind: 'ACKNOWLEDGED'; readonly push: ClaimedPush; readonly answeredAt: number }
  | {
      readonly kind: 'REJECTED';
      readonly push: ClaimedPush;
      readonly answeredAt: number;
      /** The target's answer, verbatim. */
      readonly reason: string;
      /** The target does not know the SKU: a catalogue problem, not a stock one. */
      readonly unknownSku: boolean;
    }
  /** Not answered this time (rate limit, outage, timeout): pushed again after a backoff. */
  | { readonly kind: 'RETRY'; readonly push: ClaimedPush; readonly error: unknown };

/** Sends figures to one kind of target through its libs/connectors client. */
export interface Pusher {
  readonly target: PushTarget;
  /** Pushes taken per round: what one vendor call carries, or a few single calls. */
  readonly batchSize: number;
  /**
   * Rounds in flight at once. The lease keeps them on different rows; more than one lets a
   * round's database work overlap another's vendor call, within the client's rate limit.
   */
  readonly concurrency: number;
  /** Answers every push; once `signal` is aborted (shutdown), those not sent yet are RETRY. */
  push(pushes: readonly ClaimedPush[], signal?: AbortSignal): Promise<PushAnswer[]>;
}

/**
 * For targets taking one figure per call: pushes in order, and once `signal` is aborted hands
 * the rest back for later, so a shutdown waits for one call, not a whole batch.
 */
export async function pushOneByOne(
  pushes: readonly ClaimedPush[],
  signal: AbortSignal | undefined,
  pushOne: (push: ClaimedPush) => Promise<PushAnswer>,
): Promise<PushAnswer[]> {
  const answers: PushAnswer[] = [];
  for (const push of pushes) {
    answers.push(
      signal?.aborted
        ? { kind: 'RETRY', push, error: new Error('not sent: inventory is shutting down') }
        : await pushOne(push),
    );
  }
  return answers;
}

/**
 * Whether a failed call is worth repeating. A refused credential is too: it needs a person,
 * but a refusal now must not mark figures as done, and the push succeeds once it is fixed.
 * An error that is not a vendor's answer (a bug, a dropped socket) is retried with backoff.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ConnectorError)) return true;
  return error.retriable || error.code === 'CONNECTOR.UNAUTHORIZED';
}

/** The answer to one push that threw: retried later, or refused with the vendor's words. */
export function answerToFailure(push: ClaimedPush, error: unknown): PushAnswer {
  if (isTransient(error)) return { kind: 'RETRY', push, error };
  const vendorError = error as ConnectorError;
  return {
    kind: 'REJECTED',
    push,
    answeredAt: Date.now(),
    reason: vendorError.responseBody ?? vendorError.message,
    unknownSku: vendorError.code === 'CONNECTOR.NOT_FOUND',
  };
}
