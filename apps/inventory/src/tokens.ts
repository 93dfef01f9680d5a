/** Injection token for the inventory part of the config (InventorySettings). */
export const INVENTORY_SETTINGS = Symbol('INVENTORY_SETTINGS');
