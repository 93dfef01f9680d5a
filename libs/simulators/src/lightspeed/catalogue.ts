import { LightspeedRejection } from './lightspeed-errors';
import type {
  ItemAttributes,
  ItemRecord,
  ItemType,
  MatrixRecord,
  ShopRecord,
} from './lightspeed-records';
import { AGGREGATE_SHOP_ID, type LightspeedState } from './lightspeed-state';

export function addShop(
  state: LightspeedState,
  input: { name: string; timeZone: string },
): ShopRecord {
  const shop: ShopRecord = { shopID: state.nextId('shop'), ...input, timeStamp: state.timestamp() };
  state.shops.set(shop.shopID, shop);
  return shop;
}

export function addMatrix(
  state: LightspeedState,
  input: { description: string; itemAttributeSetID: string },
): MatrixRecord {
  const matrix: MatrixRecord = {
    itemMatrixID: state.nextId('matrix'),
    ...input,
    attribute1Values: [],
    attribute2Values: [],
    timeStamp: state.timestamp(),
  };
  state.matrices.set(matrix.itemMatrixID, matrix);
  return matrix;
}

export interface NewItem {
  readonly description: string;
  readonly customSku: string;
  readonly ean?: string;
  readonly itemType: ItemType;
  readonly priceMinor: number;
  readonly taxClassID: string;
  readonly itemMatrixID?: string;
  readonly attributes?: Omit<ItemAttributes, 'itemAttributeSetID'>;
}

/** A variant is an ordinary Item with its matrix's id; its attribute values join the matrix's lists. */
export function addItem(state: LightspeedState, input: NewItem): ItemRecord {
  const matrix = input.itemMatrixID ? state.matrices.get(input.itemMatrixID) : undefined;
  if (input.itemMatrixID && !matrix) {
    throw new LightspeedRejection(400, `ItemMatrix ${input.itemMatrixID} does not exist`);
  }
  if (matrix && !input.attributes) {
    throw new LightspeedRejection(400, 'A matrix variant needs ItemAttributes');
  }
  requireUnique(state, 'customSku', input.customSku);
  requireUnique(state, 'ean', input.ean ?? '');
  const itemID = state.nextId('item');
  const now = state.timestamp();
  const item: ItemRecord = {
    itemID,
    systemSku: String(210_000_000_000 + Number(itemID)),
    customSku: input.customSku,
    description: input.description,
    ean: input.ean ?? '',
    archived: false,
    itemType: input.itemType,
    itemMatrixID: matrix?.itemMatrixID ?? '0',
    attributes:
      matrix && input.attributes
        ? { ...input.attributes, itemAttributeSetID: matrix.itemAttributeSetID }
        : undefined,
    priceMinor: input.priceMinor,
    taxClassID: input.taxClassID,
    createTime: now,
    timeStamp: now,
  };
  if (matrix && input.attributes) {
    addOnce(matrix.attribute1Values, input.attributes.attribute1);
    addOnce(matrix.attribute2Values, input.attributes.attribute2);
    matrix.timeStamp = now;
  }
  state.items.set(itemID, item);
  return item;
}

/** What `PUT Item/{id}.json` may change on an item besides its stock. */
export interface ItemChange {
  readonly description?: string;
  readonly ean?: string;
  readonly priceMinor?: number;
  readonly taxClassID?: string;
  readonly archived?: boolean;
}

export function changeItem(state: LightspeedState, itemID: string, change: ItemChange): ItemRecord {
  const item = state.items.get(itemID);
  if (!item) throw new LightspeedRejection(404, `Item ${itemID} not found`);
  if (change.ean !== undefined) requireUnique(state, 'ean', change.ean, itemID);
  Object.assign(
    item,
    Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
    { timeStamp: state.timestamp() },
  );
  return item;
}

/**
 * A custom SKU or EAN names one item [ASSUMED: Lightspeed's words for the refusal are not
 * published; the rule is how its scanning and lookups behave].
 */
function requireUnique(
  state: LightspeedState,
  field: 'customSku' | 'ean',
  value: string,
  exceptItemID?: string,
): void {
  if (value === '') return;
  for (const other of state.items.values()) {
    if (other[field] === value && other.itemID !== exceptItemID) {
      throw new LightspeedRejection(
        400,
        `${field} ${value} is already used by item ${other.itemID}`,
      );
    }
  }
}

/** Sets one shop's quantity on hand, creating its ItemShop row if needed, and re-sums shop 0. */
export function setQuantityOnHand(
  state: LightspeedState,
  itemID: string,
  shopID: string,
  qoh: number,
): void {
  const item = state.items.get(itemID);
  if (!item) throw new LightspeedRejection(404, `Item ${itemID} does not exist`);
  if (shopID === AGGREGATE_SHOP_ID) {
    throw new LightspeedRejection(400, 'shopID 0 is the all-shops total and cannot be set');
  }
  if (!state.shops.has(shopID)) throw new LightspeedRejection(400, `Shop ${shopID} does not exist`);
  if (item.itemType === 'non_inventory') {
    throw new LightspeedRejection(400, `Item ${itemID} is non_inventory and has no stock`);
  }
  const now = state.timestamp();
  upsertItemShop(state, itemID, shopID, qoh, now);
  const total = [...state.itemShops.values()]
    .filter((row) => row.itemID === itemID && row.shopID !== AGGREGATE_SHOP_ID)
    .reduce((sum, row) => sum + row.qoh, 0);
  upsertItemShop(state, itemID, AGGREGATE_SHOP_ID, total, now);
  item.timeStamp = now;
}

/** Moves stock by a signed quantity (a sale takes, a refund puts back). */
export function adjustQuantityOnHand(
  state: LightspeedState,
  itemID: string,
  shopID: string,
  delta: number,
): void {
  const current = state.itemShops.get(`${itemID}:${shopID}`)?.qoh ?? 0;
  setQuantityOnHand(state, itemID, shopID, current + delta);
}

function upsertItemShop(
  state: LightspeedState,
  itemID: string,
  shopID: string,
  qoh: number,
  timeStamp: string,
): void {
  const key = `${itemID}:${shopID}`;
  const row = state.itemShops.get(key);
  if (row) {
    row.qoh = qoh;
    row.timeStamp = timeStamp;
    return;
  }
  state.itemShops.set(key, {
    itemShopID: state.nextId('itemShop'),
    itemID,
    shopID,
    qoh,
    timeStamp,
  });
}

function addOnce(values: string[], value: string): void {
  if (value && !values.includes(value)) values.push(value);
}
