import { Router, type Response } from 'express';
import { salesOrderInput, type SalesOrderInput } from './clarus-api.schemas';
import { summary, type SalesOrder } from './clarus-records';
import { filterBy, paginate } from './clarus-paging';
import type { ClarusStore } from './clarus-store';
import { parseBody, unprocessable } from './clarus-validation';

/**
 * `/api/sales-orders`: goods out, searchable by reference (Prima's order number). An order can
 * be replaced (`PUT`, same reference) or cancelled while it is open; once the floor has
 * started picking it, both are refused with 409 [ASSUMED rule, as Clarus's UI behaves].
 */
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

  router.put('/sales-orders/:id', (req, res) => {
    const order = openOrder(store, req.params.id, res);
    if (!order) return;
    const input = parseBody(salesOrderInput, req.body, res);
    if (!input) return;
    const errors = referenceErrors(store, input);
    if (input.reference !== order.reference) {
      errors.reference = ['The reference of a sales order cannot change.'];
    }
    if (input.warehouse !== order.warehouse) {
      errors.warehouse = ['The warehouse of a sales order cannot change.'];
    }
    if (Object.keys(errors).length > 0) return unprocessable(res, errors);
    deallocate(store, order);
    Object.assign(order, {
      ...newSalesOrder(store, input, order.id),
      created_at: order.created_at,
      version: order.version + 1,
    });
    res.json({ data: allocate(store, order) });
  });

  /** Cancelling a cancelled order answers it again: the call is safe to repeat. */
  router.post('/sales-orders/:id/cancel', (req, res) => {
    const found = store.salesOrders.get(Number(req.params.id));
    if (found?.status === 'cancelled') return void res.json({ data: found });
    const order = openOrder(store, req.params.id, res);
    if (!order) return;
    deallocate(store, order);
    Object.assign(order, {
      status: 'cancelled',
      updated_at: store.timestamp(),
      version: order.version + 1,
    });
    res.json({ data: order });
  });

  return router;
}

/** The order by id if it can still change; otherwise answers 404 or 409 and returns undefined. */
function openOrder(store: ClarusStore, id: string, res: Response): SalesOrder | undefined {
  const order = store.salesOrders.get(Number(id));
  if (!order) return void res.status(404).json({ message: 'Sales order not found.' });
  if (order.status !== 'open') {
    res.status(409).json({
      message: `The sales order is ${order.status} and can no longer be changed.`,
      status: order.status,
    });
    return undefined;
  }
  return order;
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

function newSalesOrder(
  store: ClarusStore,
  input: SalesOrderInput,
  id = store.nextId('order'),
): SalesOrder {
  const at = store.timestamp();
  const address = input.delivery_address;
  return {
    id,
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
    carrier: input.carrier ?? null,
    service: input.service ?? null,
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

function deallocate(store: ClarusStore, order: SalesOrder): void {
  for (const line of order.lines) {
    store.stock.deallocate(line.product.id, order.warehouse, line.allocated_quantity);
    line.allocated_quantity = 0;
  }
}

/** Clarus allocates a new order's lines from available stock at once, as far as it goes. */
function allocate(store: ClarusStore, order: SalesOrder): SalesOrder {
  for (const line of order.lines) {
    line.allocated_quantity = store.stock.allocate(line.product.id, order.warehouse, line.quantity);
  }
  return order;
}
