import { currencyScale, formatScaled } from '@parity/domain';
import { ConnectorError } from '../http/connector-error';
import type {
  CatalogueItem,
  CatalogueOutcome,
  CataloguePort,
  CatalogueTargetName,
} from './catalogue-port';

/**
 * The fields of an item a target is asked to hold, as comparable strings (money as integer
 * minor units, never the vendor's "20" against our "20.00"): each adapter builds these from
 * the item, and the same keys from the record it read back.
 */
export type CatalogueFields = Readonly<Record<string, string>>;

/** What a target holds for one SKU, read before anything is written. */
export interface HeldItem<Record> {
  readonly record: Record;
  /** The target's own id for it, answered as the outcome's `vendorRef`. */
  readonly vendorRef: string;
  readonly fields: CatalogueFields;
  readonly retired: boolean;
}

/** An item's fields for a target, or why the target cannot be asked to hold it. */
export type Wanted = { readonly fields: CatalogueFields } | { readonly refused: string };

/** The one write an item needs, or its outcome when it needs none. */
export type CatalogueStep<Record> =
  | { readonly kind: 'CREATE'; readonly item: CatalogueItem; readonly fields: CatalogueFields }
  | {
      readonly kind: 'UPDATE' | 'RETIRE';
      readonly item: CatalogueItem;
      readonly fields: CatalogueFields;
      readonly held: HeldItem<Record>;
    }
  | { readonly kind: 'DONE'; readonly outcome: CatalogueOutcome };

/**
 * Decides from what the target holds what one item needs: nothing when it already matches
 * (so a repeated call writes nothing), a create when it is absent, an update when a field
 * differs or a retired item is active again, a retirement when it is discontinued. A
 * discontinued item the target never held needs nothing either: it is answered RETIRED with
 * no vendor id, as there is nothing there to sell.
 */
export function planItem<Record>(
  item: CatalogueItem,
  held: HeldItem<Record> | undefined,
  wanted: Wanted,
): CatalogueStep<Record> {
  const { sku } = item;
  if ('refused' in wanted) return done({ sku, outcome: 'REFUSED', reason: wanted.refused });
  const { fields } = wanted;
  if (item.status === 'DISCONTINUED') {
    if (!held) return done({ sku, outcome: 'RETIRED', vendorRef: '' });
    if (held.retired) return done({ sku, outcome: 'UNCHANGED', vendorRef: held.vendorRef });
    return { kind: 'RETIRE', item, fields, held };
  }
  if (!held) return { kind: 'CREATE', item, fields };
  const differs = Object.entries(fields).some(([key, value]) => held.fields[key] !== value);
  if (!differs && !held.retired) {
    return done({ sku, outcome: 'UNCHANGED', vendorRef: held.vendorRef });
  }
  return { kind: 'UPDATE', item, fields, held };
}

function done<Record>(outcome: CatalogueOutcome): CatalogueStep<Record> {
  return { kind: 'DONE', outcome };
}

/**
 * The price a till shows and a warehouse records: the item's first tax-inclusive price, as
 * shelf prices are in the UK. Undefined when Prima gave none.
 */
export function shelfPrice(
  item: CatalogueItem,
): { readonly minor: number; readonly decimal: string } | undefined {
  const price = item.prices.find((candidate) => candidate.includesTax);
  if (!price) return undefined;
  return {
    minor: price.unitPriceMinor,
    decimal: formatScaled(price.unitPriceMinor, currencyScale(price.currency)),
  };
}

export const NO_SHELF_PRICE = 'Prima gives the item no tax-inclusive price to sell it at';

/**
 * A warehouse holds stock items only. The caller never sends it gift cards, services or fees;
 * should one come, it is refused rather than created as a pickable item.
 */
export function refusedAsNonStock(item: CatalogueItem): string | undefined {
  return item.isStockItem
    ? undefined
    : 'not a stock item: gift cards, services and fees never reach a warehouse';
}

/**
 * Items in runs of at most `size`, in order, a style's variants kept in one run (a target that
 * groups them finds the group among what that run reads). Only a style larger than `size` is
 * split, and the port's callers keep styles within it.
 */
export function chunks(items: readonly CatalogueItem[], size: number): CatalogueItem[][] {
  const styles = new Map<string, CatalogueItem[]>();
  const groups: CatalogueItem[][] = [];
  for (const item of items) {
    const code = item.style?.code;
    const group = code === undefined ? undefined : styles.get(code);
    if (group) group.push(item);
    else {
      const fresh = [item];
      groups.push(fresh);
      if (code !== undefined) styles.set(code, fresh);
    }
  }
  const runs: CatalogueItem[][] = [];
  let run: CatalogueItem[] = [];
  for (const group of groups) {
    if (run.length + group.length > size && run.length > 0) {
      runs.push(run);
      run = [];
    }
    for (const item of group) {
      if (run.length === size) {
        runs.push(run);
        run = [];
      }
      run.push(item);
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * A target's port over its batch writer: the items go in `chunks` of at most `batchSize`,
 * one batch after another, and their outcomes come back together.
 */
export function batchedPort(
  target: CatalogueTargetName,
  batchSize: number,
  upsertBatch: (batch: CatalogueItem[]) => Promise<CatalogueOutcome[]>,
): CataloguePort {
  return {
    target,
    batchSize,
    async upsertItems(items) {
      const outcomes: CatalogueOutcome[] = [];
      for (const batch of chunks(items, batchSize)) outcomes.push(...(await upsertBatch(batch)));
      return outcomes;
    },
  };
}

/**
 * The item's outcome of one write, or its refusal when the vendor answers `status` (its way
 * of refusing one item's input), in the vendor's words as `reasonOf` reads them.
 */
export async function refusedOn(
  status: number,
  reasonOf: (error: ConnectorError) => string,
  sku: string,
  attempt: () => Promise<CatalogueOutcome>,
): Promise<CatalogueOutcome> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof ConnectorError) || error.status !== status) throw error;
    return { sku, outcome: 'REFUSED', reason: reasonOf(error) };
  }
}
