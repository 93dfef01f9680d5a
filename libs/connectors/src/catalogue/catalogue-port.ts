import type { WmsName } from '../wms/wms-port';

/** The systems Prima's item master is pushed to: each WMS and each till system. */
export type CatalogueTargetName = WmsName | 'SITOO' | 'LIGHTSPEED';

/** One selling price of an item, in integer minor units (libs/domain's money rule). */
export interface CataloguePrice {
  readonly priceList: string;
  readonly currency: string;
  readonly unitPriceMinor: number;
  readonly includesTax: boolean;
}

/**
 * One SKU as every target is asked to hold it: Prima's item master entry, already in
 * Parity's terms. A style's variants carry the same `style.code`, so a target that groups
 * variants (Sitoo products with variants, Lightspeed item matrices) can group them.
 */
export interface CatalogueItem {
  /** Parity's SKU: Prima's Product + matrix codes (libs/connectors/src/prima/prima-sku.ts). */
  readonly sku: string;
  readonly description: string;
  /** GTINs as printed, the primary first. */
  readonly barcodes: readonly string[];
  /** Gift cards, services and fees are not stock items: they never reach a WMS. */
  readonly isStockItem: boolean;
  /** DISCONTINUED items are retired the way each target allows (archived, made inactive). */
  readonly status: 'ACTIVE' | 'DISCONTINUED';
  /** Prima's tax code; a till adapter maps it to its own tax class. */
  readonly taxCode: string;
  readonly unitOfMeasure: string;
  readonly prices: readonly CataloguePrice[];
  /** null for a standalone item. */
  readonly style: {
    readonly code: string;
    readonly description: string;
    /** Attribute values by Prima's attribute name (Colour: Navy, Size: 10), in display order. */
    readonly attributes: readonly { readonly name: string; readonly value: string }[];
    /**
     * Every SKU of the style announced so far, this one included: a style's variants reach a
     * target over several calls, and a target that groups them (a Sitoo variant group) finds
     * the group an earlier call made through its siblings.
     */
    readonly variantSkus?: readonly string[];
  } | null;
}

/**
 * What became of one item at a target. CREATED / UPDATED / UNCHANGED / RETIRED mean the
 * target now holds the item as asked (its own id in `vendorRef`; empty for a DISCONTINUED item
 * the target never held or no longer holds, which is RETIRED with nothing to do); REFUSED means the target
 * turned this item down for a reason a person must fix (a duplicate barcode, a bad code): the
 * item is absent or stale there, and asking again unchanged would be refused again.
 */
export type CatalogueOutcome =
  | {
      readonly sku: string;
      readonly outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'RETIRED';
      readonly vendorRef: string;
    }
  | { readonly sku: string; readonly outcome: 'REFUSED'; readonly reason: string };

/**
 * Prima's item master into one target system; one adapter per target over its client.
 *
 * `upsertItems` is idempotent: it reads what the target holds (by SKU) before it writes, so
 * repeating a call after a lost answer changes nothing and creates nothing twice. It makes as
 * few calls as the target allows (batch APIs where the vendor has them; `batchSize` items per
 * call at most) and answers one outcome per item asked, in any order. A failure of the whole
 * call (outage, 5xx, 429, timeout) is thrown as a `ConnectorError` with `retriable` set; a
 * refusal of single items is an outcome, so one bad item never holds back the others.
 * A style's variants may come over several calls (they are announced one by one): a target
 * that groups variants finds the group an earlier call made through `style.variantSkus`.
 * Non-stock items are never sent to a WMS; a WMS adapter given one refuses it unsent.
 */
export interface CataloguePort {
  readonly target: CatalogueTargetName;
  /** The most items one `upsertItems` call should be given. */
  readonly batchSize: number;
  upsertItems(items: readonly CatalogueItem[]): Promise<readonly CatalogueOutcome[]>;
}
