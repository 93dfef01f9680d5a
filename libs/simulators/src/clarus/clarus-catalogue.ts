import type { ProductInput } from './clarus-api.schemas';
import type { Product } from './clarus-records';
import type { ClarusStore } from './clarus-store';

/**
 * Creates a product with the storage units Clarus sets up for it: a case of 12 listed first
 * and the single unit at priority 0, so an integration that takes the first unit instead of
 * the priority-0 one receives goods in the wrong unit.
 */
export function createProduct(store: ClarusStore, input: ProductInput): Product {
  const at = store.timestamp();
  const product: Product = {
    id: store.nextId('product'),
    sku: input.sku,
    name: input.name,
    barcode: input.barcode ?? null,
    external_system_reference1: input.external_system_reference1 ?? null,
    active: input.active ?? true,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  store.products.set(product.id, product);
  for (const [name, priority, units] of [
    ['CASE', 1, 12],
    ['EACH', 0, 1],
  ] as const) {
    const id = store.nextId('storageUnit');
    store.storageUnits.set(id, {
      id,
      product_id: product.id,
      name,
      priority,
      units_per_storage_unit: units,
    });
  }
  return product;
}

/** The product other than `exceptId` that already carries this barcode, if one does. */
export function barcodeHolder(
  store: ClarusStore,
  barcode: string | null | undefined,
  exceptId?: number,
): Product | undefined {
  if (!barcode) return undefined;
  return [...store.products.values()].find(
    (product) => product.barcode === barcode && product.id !== exceptId,
  );
}

/** True when another product already carries this external reference. */
export function referenceTaken(store: ClarusStore, reference: string, exceptId?: number): boolean {
  const holder = store.productByReference(reference);
  return holder !== undefined && holder.id !== exceptId;
}
