import { parseScaled } from '@parity/domain';
import type { ConnectorError } from '../http/connector-error';
import type { LightspeedClient } from '../lightspeed/lightspeed.client';
import type { LightspeedItem, LightspeedItemWrite } from '../lightspeed/lightspeed-types';
import {
  batchedPort,
  refusedOn,
  NO_SHELF_PRICE,
  planItem,
  shelfPrice,
  type CatalogueStep,
  type HeldItem,
  type Wanted,
} from './catalogue-plan';
import type { CatalogueItem, CatalogueOutcome, CataloguePort } from './catalogue-port';

/**
 * Items per call. Lightspeed has no batch write and budgets about one unit a second, a write
 * costing ten: a call of 25 new items takes minutes on a one-register account.
 */
const BATCH_SIZE = 25;

/** Lightspeed's attribute set for two attributes, colour then size [ASSUMED: its default set 1]. */
const COLOR_SIZE_SET = '1';

type Step = CatalogueStep<LightspeedItem>;

/**
 * Prima's item master into Lightspeed R-Series Items, one call per write as Lightspeed has no
 * batch: a style is an ItemMatrix (made once, before its first variant) whose variants are
 * Items naming it with their attribute values; a standalone item is a plain Item. A batch is
 * read with one listing by customSku (archived ones too); an unchanged item costs no write,
 * a changed one a PUT, a discontinued one a DELETE (which archives it in Lightspeed). The
 * matrix's description carries the style code, so a matrix whose creation answer was lost is
 * found again by it instead of made twice. Refusals (400) are the item's REFUSED outcome in
 * Lightspeed's words; the client keeps to the account's leaky bucket.
 *
 * `taxClassOf` maps Prima's tax code to a Lightspeed taxClassID; unmapped items are refused.
 */
export function lightspeedCatalogue(
  lightspeed: LightspeedClient,
  taxClassOf: (primaTaxCode: string) => string | undefined,
): CataloguePort {
  function wantedOf(item: CatalogueItem): Wanted {
    const taxClassID = taxClassOf(item.taxCode);
    if (taxClassID === undefined) {
      return { refused: `Prima tax code ${item.taxCode} has no Lightspeed tax class` };
    }
    const price = shelfPrice(item);
    if (!price) return { refused: NO_SHELF_PRICE };
    return {
      fields: {
        description: item.description,
        ean: item.barcodes[0] ?? '',
        taxClassID,
        price: String(price.minor),
      },
    };
  }

  function writeOf(item: CatalogueItem): LightspeedItemWrite {
    return {
      description: item.description,
      ean: item.barcodes[0] ?? '',
      // Only items planned for a write come here: wantedOf refused those without either.
      taxClassID: taxClassOf(item.taxCode) as string,
      Prices: { ItemPrice: [{ amount: shelfPrice(item)?.decimal ?? '0', useTypeID: '1' }] },
    };
  }

  async function upsertBatch(items: readonly CatalogueItem[]): Promise<CatalogueOutcome[]> {
    const held = new Map<string, HeldItem<LightspeedItem>>();
    const matrices = new Map<string, string>();
    for await (const page of lightspeed.itemsBySku(items.map((item) => item.sku))) {
      for (const record of page) held.set(record.customSku, heldOf(record));
    }
    for (const item of items) {
      const matrixId = held.get(item.sku)?.record.itemMatrixID;
      if (item.style && matrixId && matrixId !== '0') matrices.set(item.style.code, matrixId);
    }
    const outcomes: CatalogueOutcome[] = [];
    for (const item of items) {
      const step = planItem(item, held.get(item.sku), wantedOf(item));
      outcomes.push(await refusedOn(400, lightspeedReason, item.sku, () => write(step, matrices)));
    }
    return outcomes;
  }

  async function write(step: Step, matrices: Map<string, string>): Promise<CatalogueOutcome> {
    if (step.kind === 'DONE') return step.outcome;
    const { item } = step;
    if (step.kind === 'RETIRE') {
      await lightspeed.archiveItem(step.held.record.itemID);
      return { sku: item.sku, outcome: 'RETIRED', vendorRef: step.held.vendorRef };
    }
    if (step.kind === 'UPDATE') {
      await lightspeed.updateItem(step.held.record.itemID, { ...writeOf(item), archived: false });
      return { sku: item.sku, outcome: 'UPDATED', vendorRef: step.held.vendorRef };
    }
    const itemMatrixID = item.style ? await matrixOf(item.style, matrices) : undefined;
    const [attribute1 = '', attribute2 = '', attribute3 = ''] = (item.style?.attributes ?? []).map(
      (attribute) => attribute.value,
    );
    const created = await lightspeed.createItem({
      ...writeOf(item),
      customSku: item.sku,
      itemType: item.isStockItem ? 'default' : 'non_inventory',
      itemMatrixID,
      ItemAttributes: item.style ? { attribute1, attribute2, attribute3 } : undefined,
    });
    return { sku: item.sku, outcome: 'CREATED', vendorRef: created.itemID };
  }

  /** The style's matrix: one a variant already names, one made earlier under its name, or a new one. */
  async function matrixOf(
    style: NonNullable<CatalogueItem['style']>,
    matrices: Map<string, string>,
  ): Promise<string> {
    const known = matrices.get(style.code);
    if (known) return known;
    const description = `${style.description} [${style.code}]`;
    let id: string | undefined;
    for await (const page of lightspeed.matricesByDescription(description)) {
      id ??= page[0]?.itemMatrixID;
    }
    id ??= (await lightspeed.createItemMatrix({ description, itemAttributeSetID: COLOR_SIZE_SET }))
      .itemMatrixID;
    matrices.set(style.code, id);
    return id;
  }

  return batchedPort('LIGHTSPEED', BATCH_SIZE, upsertBatch);
}

function heldOf(item: LightspeedItem): HeldItem<LightspeedItem> {
  const price = item.Prices?.find((candidate) => candidate.useTypeID === '1')?.amount ?? '';
  return {
    record: item,
    vendorRef: item.itemID,
    retired: item.archived === 'true',
    fields: {
      description: item.description,
      ean: item.ean,
      taxClassID: item.taxClassID,
      price: String(parseScaled(price, 2) ?? ''),
    },
  };
}

/** Lightspeed refuses a bad item with 400 and its reason in `message`. */
function lightspeedReason(error: ConnectorError): string {
  try {
    const body = JSON.parse(error.responseBody ?? '') as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // not JSON: the error's own message stands
  }
  return error.message;
}
