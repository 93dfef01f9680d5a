import type { PeoplevoxClient } from '../peoplevox/peoplevox.client';
import type { PvxRowFailure } from '../peoplevox/peoplevox-save';
import { PvxTemplates, type PvxItemType } from '../peoplevox/peoplevox.templates';
import { pvxIn } from '../peoplevox/search-clause';
import {
  batchedPort,
  planItem,
  refusedAsNonStock,
  shelfPrice,
  type CatalogueStep,
  type HeldItem,
  type Wanted,
} from './catalogue-plan';
import type { CatalogueItem, CatalogueOutcome, CataloguePort } from './catalogue-port';

/** Item types per call: one `ItemCode.In(…)` search, one save and one delete each at most. */
const BATCH_SIZE = 100;

type Step = CatalogueStep<PvxItemType>;
type WriteStep = Extract<Step, { kind: 'CREATE' | 'UPDATE' | 'RETIRE' }>;

/**
 * Prima's item master into Peoplevox's item types: the batch's item types are read with one
 * search, then every new or changed one is saved in one SaveData call (an upsert by ItemCode)
 * and every discontinued one deleted in another (Action 2: the item template has no status
 * column, so deleting is how Peoplevox retires an item). Rows Peoplevox refuses come back as
 * row errors, each the REFUSED outcome of its item, in Peoplevox's words. Peoplevox keys item
 * types by their code and has no id of its own, so the SKU is the `vendorRef`.
 */
export function peoplevoxCatalogue(peoplevox: PeoplevoxClient): CataloguePort {
  return batchedPort('PEOPLEVOX', BATCH_SIZE, (batch) => upsertBatch(peoplevox, batch));
}

async function upsertBatch(
  peoplevox: PeoplevoxClient,
  items: readonly CatalogueItem[],
): Promise<CatalogueOutcome[]> {
  const held = new Map<string, HeldItem<PvxItemType>>();
  const clause = pvxIn(
    'ItemCode',
    items.map((item) => item.sku),
  );
  for await (const row of peoplevox.getAll(PvxTemplates.itemTypes, BATCH_SIZE, clause)) {
    held.set(row.itemCode, heldOf(row));
  }
  const steps = items.map((item) => planItem(item, held.get(item.sku), wantedOf(item)));
  const outcomes = steps.flatMap((step) => (step.kind === 'DONE' ? [step.outcome] : []));
  const saves = steps.filter(
    (step): step is WriteStep => step.kind === 'CREATE' || step.kind === 'UPDATE',
  );
  if (saves.length > 0) {
    const result = await peoplevox.saveItemTypes(
      saves.map(({ item, fields }) => ({
        itemCode: item.sku,
        name: fields['Name'] as string,
        barcode: fields['Barcode'],
        retailPriceMinor: fields['RetailPrice'] ? Number(fields['RetailPrice']) : undefined,
        description: fields['Description'],
      })),
    );
    outcomes.push(...outcomesOf(saves, result.rowErrors));
  }
  const retirements = steps.filter((step): step is WriteStep => step.kind === 'RETIRE');
  if (retirements.length > 0) {
    const result = await peoplevox.deleteItemTypes(retirements.map((step) => step.item.sku));
    outcomes.push(...outcomesOf(retirements, result.rowErrors));
  }
  return outcomes;
}

/** One row was sent per step, in order, so a row error's number names its item. */
function outcomesOf(
  steps: readonly WriteStep[],
  rowErrors: readonly PvxRowFailure[],
): CatalogueOutcome[] {
  const refused = new Map(rowErrors.map((failure) => [failure.rowNumber, failure.message]));
  return steps.map((step, index): CatalogueOutcome => {
    const sku = step.item.sku;
    const reason = refused.get(index + 1);
    if (reason !== undefined) return { sku, outcome: 'REFUSED', reason };
    const outcome = { CREATE: 'CREATED', UPDATE: 'UPDATED', RETIRE: 'RETIRED' } as const;
    return { sku, outcome: outcome[step.kind], vendorRef: sku };
  });
}

function wantedOf(item: CatalogueItem): Wanted {
  const nonStock = refusedAsNonStock(item);
  if (nonStock) return { refused: nonStock };
  return {
    fields: {
      Name: item.description,
      Barcode: item.barcodes[0] ?? '',
      RetailPrice: String(shelfPrice(item)?.minor ?? ''),
      Description: item.style?.description ?? '',
    },
  };
}

function heldOf(row: PvxItemType): HeldItem<PvxItemType> {
  return {
    record: row,
    vendorRef: row.itemCode,
    retired: false,
    fields: {
      Name: row.name,
      Barcode: row.barcode,
      RetailPrice: String(row.retailPriceMinor ?? ''),
      Description: row.description,
    },
  };
}
