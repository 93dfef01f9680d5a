/** Injection token for edge's LocationMap (the world model's depot and store mappings). */
export const LOCATION_MAP = Symbol('LOCATION_MAP');

/** Injection token for edge's NonStockItemMap (the world model's generic non-stock items). */
export const NON_STOCK_ITEMS = Symbol('NON_STOCK_ITEMS');
