/*
 * Clarus WMS shapes as the client sends and returns them: still the vendor's (snake_case,
 * Clarus ids), well typed. Beyond `external_system_reference1` and `string1`..`string5` they
 * are [ASSUMED] (vendor-apis.md §4.2); mappers in the owning services translate meaning.
 */

export interface ClarusProductSummary {
  id: number;
  sku: string;
  external_system_reference1: string | null;
}

export interface ClarusProduct extends ClarusProductSummary {
  name: string;
  barcode: string | null;
  /** False once retired [ASSUMED]; Clarus keeps the product for its history. */
  active: boolean;
  version: number;
}

/** What `upsertProduct` sends; `external_system_reference1` is Parity's SKU, the search key. */
export interface ClarusProductInput {
  sku: string;
  name: string;
  barcode?: string | null;
  external_system_reference1: string;
  active?: boolean;
}

export interface ClarusStorageUnit {
  id: number;
  product_id: number;
  name: string;
  priority: number;
  units_per_storage_unit: number;
}

export interface ClarusGoodsInReceipt {
  id: number;
  reference: string;
  warehouse: string;
  status: string;
  expected_date: string | null;
  lines: {
    id: number;
    line_number: number | null;
    product: ClarusProductSummary;
    storage_unit_id: number | null;
    expected_quantity: number;
    received_quantity: number;
  }[];
}

/** A pre-receipt; lines name products by Parity SKU and the client resolves Clarus's ids. */
export interface ClarusGoodsInInput {
  /** Prima's PO number: the search key that makes creation idempotent. */
  reference: string;
  /** `YYYY-MM-DD`. */
  expected_date: string;
  warehouse: string;
  account?: string;
  lines: { line_number?: number; external_system_reference1: string; quantity: number }[];
}

export interface ClarusDeliveryAddress {
  name: string;
  company?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postcode: string;
  /** ISO 3166-1 alpha-2 (`GB`, never `UK`). */
  country: string;
  email?: string | null;
  phone?: string | null;
}

export interface ClarusSalesOrderInput {
  /** Prima's sales order number: the search key that makes creation idempotent. */
  reference: string;
  warehouse: string;
  account?: string;
  order_date?: string;
  delivery_address: ClarusDeliveryAddress;
  string1?: string;
  string2?: string;
  string3?: string;
  string4?: string;
  string5?: string;
  /** The courier and service asked for; Clarus records what was used at dispatch. */
  carrier?: string;
  service?: string;
  lines: { line_number: number; external_system_reference1: string; quantity: number }[];
}

/** Open until picking starts; only an open order can be replaced or cancelled. */
export type ClarusSalesOrderStatus = 'open' | 'picking' | 'dispatched' | 'cancelled';

export interface ClarusSalesOrder {
  id: number;
  reference: string;
  warehouse: string;
  status: ClarusSalesOrderStatus;
  version: number;
  lines: {
    id: number;
    line_number: number;
    product: ClarusProductSummary;
    quantity: number;
    allocated_quantity: number;
  }[];
}

/** GraphQL's product: ids are GraphQL `ID`s, which travel as strings. */
export interface ClarusGraphqlProduct {
  id: string;
  sku: string;
  external_system_reference1: string | null;
}

/** A product as the catalogue reads it back through GraphQL, retired ones included. */
export interface ClarusCatalogueProduct extends ClarusGraphqlProduct {
  name: string;
  barcode: string | null;
  active: boolean;
}

/** An order as GraphQL reads it, with warehouse progress and shipment. */
export interface ClarusSalesOrderDetail {
  id: string;
  reference: string;
  warehouse: string;
  status: ClarusSalesOrderStatus;
  carrier: string | null;
  service: string | null;
  tracking_numbers: string[];
  dispatched_at: string | null;
  version: number;
  lines: {
    line_number: number;
    product: ClarusGraphqlProduct;
    quantity: number;
    allocated_quantity: number;
    picked_quantity: number;
    dispatched_quantity: number;
  }[];
}

export interface ClarusStockLevel {
  product: ClarusGraphqlProduct;
  warehouse: string;
  on_hand: number;
  allocated: number;
  on_hold: number;
  available: number;
}

/** Laravel's paginated list envelope. */
export interface ClarusPage<T> {
  data: T[];
  meta: { current_page: number; last_page: number; per_page: number; total: number };
}
