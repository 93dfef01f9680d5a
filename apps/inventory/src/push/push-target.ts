import type { ClaimedDocument, DocumentAnswer } from '@parity/documents';

/** Where available-to-sell is pushed. */
export type PushTarget = 'PRIMA' | 'SITOO' | 'LIGHTSPEED';

export const PUSH_TARGETS: readonly PushTarget[] = ['PRIMA', 'SITOO', 'LIGHTSPEED'];

/** What an ATS push document carries: the figure of one SKU in one depot. */
export interface PushFigure {
  readonly depot: string;
  readonly sku: string;
  readonly ats: number;
  readonly onHand: number;
  /** Of what ATS holds back, the units Prima's own orders take (Prima keeps those itself). */
  readonly pending: number;
  readonly quantityScale: number;
  /** When the figure changed at its source (epoch ms): sync lag is measured from here. */
  readonly changedAt: number;
}

/** A push as a worker holds it, and what the target said to it. */
export type ClaimedPush = ClaimedDocument<PushFigure>;
export type PushAnswer = DocumentAnswer<PushFigure>;

/** The document type of a target's pushes: one document per depot × SKU, the latest figure wins. */
export function pushTypeOf(target: PushTarget): string {
  return `ATS_PUSH:${target}`;
}

/** The business key of a push: the pair it sets. */
export function pushKeyOf(figure: Pick<PushFigure, 'depot' | 'sku'>): string {
  return `${figure.depot}:${figure.sku}`;
}

/** The target of a claimed push (its document's target is one of PUSH_TARGETS). */
export function targetOf(push: ClaimedPush): PushTarget {
  return push.target as PushTarget;
}

/** A figure due at a target for one SKU in one depot, as the ledger and Prima's feed ask for it. */
export interface PushRequest {
  readonly target: PushTarget;
  readonly depot: string;
  readonly sku: string;
  /** Availability.version for Prima; the change's time in Prima (epoch ms) for a till. */
  readonly version: number;
  readonly ats: number;
  readonly onHand: number;
  /** Of what ATS holds back, the units Prima's own orders take (Prima keeps those itself). */
  readonly pending: number;
  readonly quantityScale: number;
  /** When the figure changed at its source: sync lag is measured from here. */
  readonly changedAt: number;
  /** Movements behind this change, counted towards the pair's velocity. */
  readonly movements: number;
}
