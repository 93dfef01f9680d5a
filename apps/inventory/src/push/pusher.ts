import type { ClaimedPush, PushAnswer, PushTarget } from './push-target';

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
  push(pushes: readonly ClaimedPush[], signal: AbortSignal): Promise<PushAnswer[]>;
}

/** A refusal that is the configuration's or the catalogue's, not the vendor's words. */
export function refusedPush(push: ClaimedPush, reason: string, code?: string): PushAnswer {
  return {
    kind: 'REFUSED',
    document: push,
    answeredAt: Date.now(),
    reason,
    ...(code ? { code } : {}),
  };
}

/** The target does not know the SKU: a catalogue problem, not a stock one. */
export const UNKNOWN_SKU = 'CONNECTOR.NOT_FOUND';
