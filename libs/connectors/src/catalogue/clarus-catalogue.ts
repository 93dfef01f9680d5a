import type { ClarusClient } from '../clarus/clarus.client';
import type { ClarusCatalogueProduct } from '../clarus/clarus.types';
import { ConnectorError } from '../http/connector-error';
import {
  batchedPort,
  refusedOn,
  planItem,
  refusedAsNonStock,
  type CatalogueStep,
  type HeldItem,
  type Wanted,
} from './catalogue-plan';
import type { CatalogueItem, CatalogueOutcome, CataloguePort } from './catalogue-port';

/** SKUs per GraphQL read: the client's default batch, well inside Clarus's limit. */
const BATCH_SIZE = 50;

type Held = HeldItem<ClarusCatalogueProduct>;

/**
 * Prima's item master into Clarus's products. Clarus has no batch write, so a batch is read
 * with one GraphQL query (products by external_system_reference1, retired ones too) and then
 * each new product is one POST, each changed or discontinued one a PUT (`active: false`
 * retires it [ASSUMED]); an unchanged product costs no write. Clarus holds no prices: a price
 * change alone leaves its product UNCHANGED. Invalid input (422, a barcode another product
 * holds) is the item's REFUSED outcome in Clarus's words.
 */
export function clarusCatalogue(clarus: ClarusClient): CataloguePort {
  async function upsertBatch(items: readonly CatalogueItem[]): Promise<CatalogueOutcome[]> {
    const held = new Map<string, Held>();
    for (const product of await clarus.productsByReference(items.map((item) => item.sku))) {
      if (product.external_system_reference1) {
        held.set(product.external_system_reference1, heldOf(product));
      }
    }
    const outcomes: CatalogueOutcome[] = [];
    for (const item of items) {
      outcomes.push(await write(planItem(item, held.get(item.sku), wantedOf(item))));
    }
    return outcomes;
  }

  async function write(step: CatalogueStep<ClarusCatalogueProduct>): Promise<CatalogueOutcome> {
    if (step.kind === 'DONE') return step.outcome;
    const { sku } = step.item;
    return refusedOn(422, validationMessages, sku, async () => {
      if (step.kind === 'CREATE') {
        const created = await createOrFind(step.item);
        if ('outcome' in created) return created;
        return { sku, outcome: 'CREATED', vendorRef: String(created.id) };
      }
      const id = Number(step.held.record.id);
      if (step.kind === 'RETIRE') {
        await clarus.updateProduct(id, { active: false });
        return { sku, outcome: 'RETIRED', vendorRef: step.held.vendorRef };
      }
      await clarus.updateProduct(id, { ...inputOf(step.item), active: true });
      return { sku, outcome: 'UPDATED', vendorRef: step.held.vendorRef };
    });
  }

  /**
   * A 409 says the product was made since the batch was read (another worker, or a create
   * whose answer never came back): it is read again and brought up to date instead.
   */
  async function createOrFind(item: CatalogueItem): Promise<{ id: number } | CatalogueOutcome> {
    try {
      return await clarus.createProduct(inputOf(item));
    } catch (error) {
      if (!(error instanceof ConnectorError) || error.code !== 'CONNECTOR.CONFLICT') throw error;
      const [product] = await clarus.productsByReference([item.sku]);
      if (!product) throw error;
      const step = planItem(item, heldOf(product), wantedOf(item));
      if (step.kind === 'CREATE') throw error;
      return write(step);
    }
  }

  return batchedPort('CLARUS', BATCH_SIZE, upsertBatch);
}

function inputOf(item: CatalogueItem) {
  return {
    sku: item.sku,
    name: item.description,
    barcode: item.barcodes[0] ?? null,
    external_system_reference1: item.sku,
  };
}

function wantedOf(item: CatalogueItem): Wanted {
  const nonStock = refusedAsNonStock(item);
  if (nonStock) return { refused: nonStock };
  const { sku, name, barcode } = inputOf(item);
  return { fields: { sku, name, barcode: barcode ?? '' } };
}

function heldOf(product: ClarusCatalogueProduct): Held {
  return {
    record: product,
    vendorRef: product.id,
    retired: !product.active,
    fields: { sku: product.sku, name: product.name, barcode: product.barcode ?? '' },
  };
}

/** Clarus answers invalid input with 422 and messages per field (a Laravel API). */
function validationMessages(error: ConnectorError): string {
  try {
    const body = JSON.parse(error.responseBody ?? '') as {
      message?: string;
      errors?: Record<string, string[]>;
    };
    const messages = Object.values(body.errors ?? {}).flat();
    return messages.length > 0 ? messages.join(' ') : (body.message ?? error.message);
  } catch {
    return error.message;
  }
}
