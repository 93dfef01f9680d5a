import { parseScaled } from '@parity/domain';
import type { SitooClient } from '../sitoo/sitoo.client';
import type {
  SitooBatchResult,
  SitooProduct,
  SitooProductUpdate,
  SitooProductWrite,
} from '../sitoo/sitoo.types';
import {
  batchedPort,
  NO_SHELF_PRICE,
  planItem,
  shelfPrice,
  type CatalogueStep,
  type HeldItem,
  type Wanted,
} from './catalogue-plan';
import type { CatalogueItem, CatalogueOutcome, CataloguePort } from './catalogue-port';

/** Products per call: one read page, and a batch POST or PUT of at most this many. */
const BATCH_SIZE = 100;

type Step = CatalogueStep<SitooProduct>;
type Create = Extract<Step, { kind: 'CREATE' }>;
type Change = Extract<Step, { kind: 'UPDATE' | 'RETIRE' }>;

/**
 * Prima's item master into Sitoo's products. A style is a variant group: each variant is a
 * product of its own, the group's first one its parent (which points at itself) and the rest
 * naming it by `variantparentid`. A batch costs one read by SKU, one batch POST of the new
 * single products and new groups' parents, one more of the variants once their parent's id
 * is known, and one batch PUT of every change; retiring sets `active` and `activepos` false
 * (Sitoo's delete would take the product's history with it). The read takes in the styles'
 * other variants (`style.variantSkus`), so variants arriving after their group was made join
 * it. Per-product refusals in Sitoo's batch
 * answer are REFUSED outcomes with its error text.
 *
 * `vatRateOf` gives the rate of Prima's tax code in basis points (the world model's VAT
 * codes); the product takes the account's VAT group (`vatid`) of that rate, read from Sitoo
 * once and again whenever a rate is not among the groups read. An item whose code has no
 * rate, or whose rate Sitoo has no group for, is refused.
 */
export function sitooCatalogue(
  sitoo: SitooClient,
  vatRateOf: (primaTaxCode: string) => number | undefined,
): CataloguePort {
  let groups: ReadonlyMap<number, number> | undefined;

  /** Sitoo's VAT group per rate in basis points. */
  async function readGroups(): Promise<ReadonlyMap<number, number>> {
    const read = new Map<number, number>();
    for await (const group of sitoo.vatGroups()) read.set(group.value * 100, group.vatid);
    return read;
  }

  async function resolveGroups(items: readonly CatalogueItem[]): Promise<void> {
    const rates = items.map((item) => vatRateOf(item.taxCode));
    if (!groups || rates.some((rate) => rate !== undefined && !groups?.has(rate))) {
      groups = await readGroups();
    }
  }

  function taxClassOf(primaTaxCode: string): number | undefined {
    const rate = vatRateOf(primaTaxCode);
    return rate === undefined ? undefined : groups?.get(rate);
  }

  function wantedOf(item: CatalogueItem): Wanted {
    const vatid = taxClassOf(item.taxCode);
    if (vatid === undefined) {
      const rate = vatRateOf(item.taxCode);
      return {
        refused:
          rate === undefined
            ? `Prima tax code ${item.taxCode} has no VAT rate in the world model`
            : `Sitoo has no VAT group (vatid) of ${rate / 100} % for Prima tax code ${item.taxCode}`,
      };
    }
    const price = shelfPrice(item);
    if (!price) return { refused: NO_SHELF_PRICE };
    return {
      fields: {
        title: item.description,
        moneyprice: String(price.minor),
        barcode: item.barcodes[0] ?? '',
        vatid: String(vatid),
        variant: variantKey(item.style?.attributes ?? []),
      },
    };
  }

  /**
   * The product as written, in Sitoo's types. Only items planned for a write come here, and
   * those have a product group and a price (wantedOf refused the others).
   */
  function writeOf(item: CatalogueItem): SitooProductWrite {
    return { sku: item.sku, ...fieldsOf(item) };
  }

  function fieldsOf(item: CatalogueItem): Omit<SitooProductWrite, 'sku'> {
    const vatid = taxClassOf(item.taxCode) as number;
    return {
      title: item.description,
      moneyprice: shelfPrice(item)?.decimal,
      barcode: item.barcodes[0] ?? null,
      vatid,
      active: true,
      activepos: true,
      variant: item.style?.attributes ?? [],
    };
  }

  async function upsertBatch(items: readonly CatalogueItem[]): Promise<CatalogueOutcome[]> {
    await resolveGroups(items);
    const held = new Map<string, HeldItem<SitooProduct>>();
    // The styles' other variants too: the group a call before this one made is found by them.
    const skus = new Set(items.flatMap((item) => [item.sku, ...(item.style?.variantSkus ?? [])]));
    for await (const product of sitoo.productsBySku([...skus])) {
      held.set(product.sku, heldOf(product));
    }
    const steps = items.map((item) => planItem(item, held.get(item.sku), wantedOf(item)));
    const outcomes = steps.flatMap((step) => (step.kind === 'DONE' ? [step.outcome] : []));
    const creates = steps.filter((step): step is Create => step.kind === 'CREATE');
    outcomes.push(...(await create(creates, groupParents(items, held))));
    const changes = steps.filter(
      (step): step is Change => step.kind !== 'DONE' && step.kind !== 'CREATE',
    );
    const results = await sitoo.updateProducts(changes.map(updateOf));
    outcomes.push(
      ...changes.map((step, i) =>
        outcomeOf(
          step.item.sku,
          results[i],
          step.kind === 'RETIRE' ? 'RETIRED' : 'UPDATED',
          step.held.vendorRef,
        ),
      ),
    );
    return outcomes;
  }

  function updateOf(step: Change): SitooProductUpdate {
    const productid = step.held.record.productid;
    if (step.kind === 'RETIRE') return { productid, active: false, activepos: false };
    return { productid, ...fieldsOf(step.item) };
  }

  /**
   * Posts in rounds: single products, and one product per group that has no parent yet, go
   * first; a group's other variants follow in the next round, naming the parent's new id. A
   * parent Sitoo refused is replaced by the group's next variant, so one refusal never holds
   * back the rest of the style.
   */
  async function create(
    pending: readonly Create[],
    parents: Map<string, number>,
  ): Promise<CatalogueOutcome[]> {
    const outcomes: CatalogueOutcome[] = [];
    let left = [...pending];
    while (left.length > 0) {
      const round: { step: Create; write: SitooProductWrite }[] = [];
      const leading = new Set<string>();
      for (const step of left) {
        const style = step.item.style?.code;
        const parent = style === undefined ? undefined : parents.get(style);
        if (style === undefined || parent !== undefined) {
          round.push({ step, write: { ...writeOf(step.item), variantparentid: parent } });
        } else if (!leading.has(style)) {
          leading.add(style);
          round.push({ step, write: writeOf(step.item) });
        }
      }
      const results = await sitoo.addProducts(round.map(({ write }) => write));
      round.forEach(({ step }, i) => {
        const result = results[i];
        const style = step.item.style?.code;
        if (result && 'return' in result && style !== undefined && !parents.has(style)) {
          parents.set(style, Number(result.return));
        }
        outcomes.push(outcomeOf(step.item.sku, result, 'CREATED'));
      });
      const sent = new Set(round.map(({ step }) => step));
      left = left.filter((step) => !sent.has(step));
    }
    return outcomes;
  }

  return batchedPort('SITOO', BATCH_SIZE, upsertBatch);
}

/** Each style's parent among what Sitoo holds: the group's own parent, else its one product. */
function groupParents(
  items: readonly CatalogueItem[],
  held: ReadonlyMap<string, HeldItem<SitooProduct>>,
): Map<string, number> {
  const parents = new Map<string, number>();
  for (const item of items) {
    const style = item.style?.code;
    if (style === undefined) continue;
    for (const sku of [item.sku, ...(item.style?.variantSkus ?? [])]) {
      const product = held.get(sku)?.record;
      if (!product) continue;
      if (product.variantparentid !== null) parents.set(style, product.variantparentid);
      else if (!parents.has(style)) parents.set(style, product.productid);
    }
  }
  return parents;
}

function outcomeOf(
  sku: string,
  result: SitooBatchResult | undefined,
  done: 'CREATED' | 'UPDATED' | 'RETIRED',
  vendorRef?: string,
): CatalogueOutcome {
  if (!result) return { sku, outcome: 'REFUSED', reason: 'Sitoo answered no result for it' };
  if ('errortext' in result) return { sku, outcome: 'REFUSED', reason: result.errortext };
  return { sku, outcome: done, vendorRef: vendorRef ?? String(result.return) };
}

function variantKey(attributes: readonly { name: string; value: string }[]): string {
  return attributes.map(({ name, value }) => `${name}=${value}`).join('|');
}

function heldOf(product: SitooProduct): HeldItem<SitooProduct> {
  return {
    record: product,
    vendorRef: String(product.productid),
    retired: !product.active,
    fields: {
      title: product.title,
      moneyprice: String(parseScaled(product.moneyprice, 2) ?? ''),
      barcode: product.barcode ?? '',
      vatid: String(product.vatid),
      variant: variantKey(product.variant ?? []),
    },
  };
}
