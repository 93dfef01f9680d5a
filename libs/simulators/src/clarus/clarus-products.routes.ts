import { Router } from 'express';
import { productInput, productUpdate } from './clarus-api.schemas';
import { barcodeHolder, createProduct, referenceTaken } from './clarus-catalogue';
import { filterBy, paginate } from './clarus-paging';
import type { ClarusStore } from './clarus-store';
import { parseBody, unprocessable } from './clarus-validation';

/** `/api/products`: search by external_system_reference1 or sku, create, update, storage units. */
export function productRoutes(store: ClarusStore, onCreated: () => void): Router {
  const router = Router();

  router.get('/products', (req, res) => {
    let products = filterBy(
      store.products.values(),
      req.query.external_system_reference1,
      (p) => p.external_system_reference1,
    );
    products = filterBy(products, req.query.sku, (p) => p.sku);
    res.json(paginate(req, products));
  });

  router.get('/products/:id', (req, res) => {
    const product = store.products.get(Number(req.params.id));
    if (!product) return void res.status(404).json({ message: 'Product not found.' });
    res.json({ data: product });
  });

  router.post('/products', (req, res) => {
    const input = parseBody(productInput, req.body, res);
    if (!input) return;
    const reference = input.external_system_reference1;
    if (reference && referenceTaken(store, reference)) {
      res.status(409).json({ message: 'The external system reference1 has already been taken.' });
      return;
    }
    if (barcodeHolder(store, input.barcode)) return barcodeTaken(res);
    const product = createProduct(store, input);
    onCreated();
    res.status(201).json({ data: product });
  });

  router.put('/products/:id', (req, res) => {
    const product = store.products.get(Number(req.params.id));
    if (!product) return void res.status(404).json({ message: 'Product not found.' });
    const input = parseBody(productUpdate, req.body, res);
    if (!input) return;
    const reference = input.external_system_reference1;
    if (reference && referenceTaken(store, reference, product.id)) {
      res.status(409).json({ message: 'The external system reference1 has already been taken.' });
      return;
    }
    if (barcodeHolder(store, input.barcode, product.id)) return barcodeTaken(res);
    Object.assign(product, definedOnly(input), {
      version: product.version + 1,
      updated_at: store.timestamp(),
    });
    res.json({ data: product });
  });

  router.get('/products/:id/storage-units', (req, res) => {
    const productId = Number(req.params.id);
    if (!store.products.has(productId)) {
      return void res.status(404).json({ message: 'Product not found.' });
    }
    res.json({ data: store.storageUnitsOf(productId) });
  });

  return router;
}

/** A barcode names one product, so a second is invalid input [ASSUMED: Laravel's `unique`]. */
function barcodeTaken(res: Parameters<typeof unprocessable>[0]): void {
  unprocessable(res, { barcode: ['The barcode has already been taken.'] });
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
