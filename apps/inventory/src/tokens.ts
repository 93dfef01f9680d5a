/** Injection token for the inventory part of the config (InventorySettings). */
export const INVENTORY_SETTINGS = Symbol('INVENTORY_SETTINGS');

/** Injection token for the vendor clients inventory is configured with (VendorClients). */
export const VENDOR_CLIENTS = Symbol('VENDOR_CLIENTS');
