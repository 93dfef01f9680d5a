import { Router } from 'express';
import { goodsInInput, type GoodsInInput } from './clarus-api.schemas';
import { summary, type GoodsInReceipt } from './clarus-records';
import { filterBy, paginate } from './clarus-paging';
import type { ClarusStore } from './clarus-store';
import { parseBody, unprocessable } from './clarus-validation';

/** `/api/goods-in-receipts`: pre-receipts of expected goods, searchable by reference (the PO). */
export function goodsInRoutes(store: ClarusStore, onCreated: () => void): Router {
  const router = Router();

  router.get('/goods-in-receipts', (req, res) => {
    res.json(
      paginate(
        req,
        filterBy(store.receipts.values(), req.query.reference, (r) => r.reference),
      ),
    );
  });

  router.get('/goods-in-receipts/:id', (req, res) => {
    const receipt = store.receipts.get(Number(req.params.id));
    if (!receipt) return void res.status(404).json({ message: 'Goods in receipt not found.' });
    res.json({ data: receipt });
  });

  router.post('/goods-in-receipts', (req, res) => {
    const input = parseBody(goodsInInput, req.body, res);
    if (!input) return;
    const errors = referenceErrors(store, input);
    if (Object.keys(errors).length > 0) return unprocessable(res, errors);
    if (store.receiptByReference(input.reference)) {
      res.status(409).json({ message: 'The reference has already been taken.' });
      return;
    }
    const receipt = newReceipt(store, input);
    store.receipts.set(receipt.id, receipt);
    onCreated();
    res.status(201).json({ data: receipt });
  });

  return router;
}

/** Ids that must name this domain's warehouse, products and those products' storage units. */
function referenceErrors(store: ClarusStore, input: GoodsInInput): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!store.warehouses.includes(input.warehouse)) {
    errors.warehouse = ['The selected warehouse is invalid.'];
  }
  input.lines.forEach((line, index) => {
    if (!store.products.has(line.product_id)) {
      errors[`lines.${index}.product_id`] = [`The selected lines.${index}.product_id is invalid.`];
    } else if (store.storageUnits.get(line.storage_unit_id)?.product_id !== line.product_id) {
      errors[`lines.${index}.storage_unit_id`] = [
        `The selected lines.${index}.storage_unit_id is not a storage unit of the product.`,
      ];
    }
  });
  return errors;
}

function newReceipt(store: ClarusStore, input: GoodsInInput): GoodsInReceipt {
  const at = store.timestamp();
  return {
    id: store.nextId('receipt'),
    reference: input.reference,
    warehouse: input.warehouse,
    account: input.account ?? null,
    expected_date: input.expected_date,
    status: 'awaiting',
    completed_at: null,
    version: 1,
    lines: input.lines.map((line) => {
      const units = store.storageUnits.get(line.storage_unit_id)?.units_per_storage_unit ?? 1;
      return {
        id: store.nextId('line'),
        line_number: line.line_number ?? null,
        product: summary(store.requireProduct(line.product_id)),
        storage_unit_id: line.storage_unit_id,
        expected_quantity: line.quantity * units,
        received_quantity: 0,
        on_hold_quantity: 0,
      };
    }),
    created_at: at,
    updated_at: at,
  };
}
