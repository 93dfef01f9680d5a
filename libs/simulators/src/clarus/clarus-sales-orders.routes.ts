import { Router } from 'express';
import { salesOrderInput, type SalesOrderInput } from './clarus-api.schemas';
import { summary, type SalesOrder } from './clarus-records';
import { filterBy, paginate } from './clarus-paging';
import type { ClarusStore } from './clarus-store';
import { parseBody, unprocessable } from './clarus-validation';

/** `/api/sales-orders`: goods out, searchable by reference (Prima's order number). */
export function salesOrderRoutes(store: ClarusStore, onCreated: () => void): Router {
  const router = Router();

  router.get('/sales-orders', (req, res) => {
    const orders = filterBy(store.salesOrders.values(), req.query.reference, (o) => o.reference);
    res.json(paginate(req, orders));
  });

  router.get('/sales-orders/:id', (req, res) => {
    const order = store.salesOrders.get(Number(req.params.id));
    if (!order) return void res.status(404).json({ message: 'Sales order not found.' });
    res.json({ data: order });
  });

  router.post('/sales-orders', (req, res) => {
    const input = parseBody(salesOrderInput, req.body, res);
    if (!input) return;
    const errors = referenceErrors(store, input);
    if (Object.keys(errors).length > 0) return unprocessable(res, errors);
    if (store.salesOrderByReference(input.reference)) {
      res.status(409).json({ message: 'The reference has already been taken.' });
      return;
    }
    const order = allocate(store, newSalesOrder(store, input));
    store.salesOrders.set(order.id, order);
    onCreated();
    res.status(201).json({ data: order });
  });

  return router;
}

function referenceErrors(store: ClarusStore, input: SalesOrderInput): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!store.warehouses.includes(input.warehouse)) {
    errors.warehouse = ['The selected warehouse is invalid.'];
  }
  const lineNumbers = new Set<number>();
  input.lines.forEach((line, index) => {
    if (!store.products.has(line.product_id)) {
      errors[`lines.${index}.product_id`] = [`The selected lines.${index}.product_id is invalid.`];
    }
    if (lineNumbers.has(line.line_number)) {
      errors[`lines.${index}.line_number`] = [`The lines.${index}.line_number is a duplicate.`];
    }
    lineNumbers.add(line.line_number);
  });
  return errors;
}

function newSalesOrder(store: ClarusStore, input: SalesOrderInput): SalesOrder {
  const at = store.timestamp();
  const address = input.delivery_address;
  return {
    id: store.nextId('order'),
    reference: input.reference,
    warehouse: input.warehouse,
    account: input.account ?? null,
    status: 'open',
    order_date: input.order_date ?? null,
    delivery_address: {
      name: address.name,
      company: address.company ?? null,
      line1: address.line1,
      line2: address.line2 ?? null,
      city: address.city,
      region: address.region ?? null,
      postcode: address.postcode,
      country: address.country,
      email: address.email ?? null,
      phone: address.phone ?? null,
    },
    string1: input.string1 ?? null,
    string2: input.string2 ?? null,
    string3: input.string3 ?? null,
    string4: input.string4 ?? null,
    string5: input.string5 ?? null,
    carrier: null,
    service: null,
    tracking_numbers: [],
    tracking_url: null,
    dispatched_at: null,
    version: 1,
    lines: input.lines.map((line) => ({
      id: store.nextId('line'),
      line_number: line.line_number,
      product: summary(store.requireProduct(line.product_id)),
      quantity: line.quantity,
      allocated_quantity: 0,
      picked_quantity: 0,
      dispatched_quantity: 0,
    })),
    created_at: at,
    updated_at: at,
  };
}

/** Clarus allocates a new order's lines from available stock at once, as far as it goes. */
function allocate(store: ClarusStore, order: SalesOrder): SalesOrder {
  for (const line of order.lines) {
    line.allocated_quantity = store.stock.allocate(line.product.id, order.warehouse, line.quantity);
  }
  return order;
}
