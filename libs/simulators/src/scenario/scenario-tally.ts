import type { ActivityKind } from './arrivals';
import type { BadDataType } from './scenario-config';

/**
 * What a run did, so it can be checked afterwards against the simulators and against what
 * Parity made of it.
 */
export interface ScenarioTally {
  /** Activities carried out, by kind (bad-data sales included under posSale). */
  readonly done: Record<ActivityKind, number>;
  /**
   * Activities not carried out: the channel believed there was no stock for any line, nothing
   * earlier was left to return or exchange, or a WMS refused an adjustment.
   */
  readonly declined: Record<ActivityKind, number>;
  /** Till transactions (sales, returns, exchanges) per till, to match the tills' own counts. */
  readonly tillTransactions: { sitoo: number; lightspeed: number };
  readonly units: {
    onlineOrdered: number;
    posSold: number;
    posReturned: number;
    received: number;
    /** Net units added (+) or written off (−) by adjustments. */
    adjusted: number;
  };
  readonly posLines: { stock: number; nonStock: number; discounted: number };
  /** Faults planted, by type. */
  readonly badData: Record<BadDataType, number>;
  /** Malformed payloads drawn but not sent, because no edge webhook URL was given. */
  malformedSkipped: number;
  /**
   * Lines the channel sold although the unit was not physically there, and how many units
   * short. See `StockPositions.take` for exactly what is compared.
   */
  readonly oversells: {
    posLines: number;
    posUnits: number;
    onlineLines: number;
    onlineUnits: number;
  };
}

const byKind = (): Record<ActivityKind, number> => ({
  onlineOrder: 0,
  posSale: 0,
  return: 0,
  exchange: 0,
  receipt: 0,
  adjustment: 0,
});

export function emptyTally(): ScenarioTally {
  return {
    done: byKind(),
    declined: byKind(),
    tillTransactions: { sitoo: 0, lightspeed: 0 },
    units: { onlineOrdered: 0, posSold: 0, posReturned: 0, received: 0, adjusted: 0 },
    posLines: { stock: 0, nonStock: 0, discounted: 0 },
    badData: {
      unknownSku: 0,
      unmappedShop: 0,
      taxMismatch: 0,
      totalsMismatch: 0,
      malformedPayload: 0,
    },
    malformedSkipped: 0,
    oversells: { posLines: 0, posUnits: 0, onlineLines: 0, onlineUnits: 0 },
  };
}
