/** Injection token for the inventory part of the config (InventorySettings). */
export const INVENTORY_SETTINGS = Symbol('INVENTORY_SETTINGS');

/** Injection token for the catalogue ports of the targets inventory keeps the item master in. */
export const CATALOGUE_PORTS = Symbol('CATALOGUE_PORTS');
