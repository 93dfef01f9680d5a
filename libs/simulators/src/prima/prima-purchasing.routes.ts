import { Router } from 'express';
import { pageOf, queryText } from './prima-paging';
import { notFound, parseOrProblem } from './prima-problem';
import { presentPurchaseOrder } from './prima-present';
import { addPurchaseOrder } from './prima-purchase-orders';
import { createReceiptNote } from './prima-receipts';
import { purchaseOrderSchema, receiptNoteSchema } from './prima-schemas';
import type { PrimaState } from './prima-state';

/** Purchase orders (entry, change feed) and receipt notes against them. */
export function purchasingRoutes(state: PrimaState): Router {
  const router = Router();

  router.get('/purchase-orders', (req, res) => {
    const poNumber = queryText(req, 'poNumber');
    const orders = [...state.purchaseOrders.values()].filter(
      (po) => !poNumber || po.poNumber === poNumber,
    );
    res.json(pageOf(req, orders, (po) => po.poNumber, presentPurchaseOrder));
  });

  router.get('/purchase-orders/:poNumber', (req, res) => {
    const po = state.purchaseOrders.get(req.params.poNumber);
    if (!po) throw notFound(`No purchase order ${req.params.poNumber}.`);
    res.json(presentPurchaseOrder(po));
  });

  router.post('/purchase-orders', (req, res) => {
    const po = addPurchaseOrder(state, parseOrProblem(purchaseOrderSchema, req.body));
    res.status(201).json(presentPurchaseOrder(po));
  });

  router.get('/purchase-orders/:poNumber/receipt-notes', (req, res) => {
    if (!state.purchaseOrders.has(req.params.poNumber)) {
      throw notFound(`No purchase order ${req.params.poNumber}.`);
    }
    const number = queryText(req, 'receiptNoteNumber');
    const notes = [...state.receiptNotes.values()]
      .filter(
        (note) =>
          note.poNumber === req.params.poNumber && (!number || note.receiptNoteNumber === number),
      )
      .map((note) => ({ ...note, modifiedAt: note.createdAt }));
    res.json(
      pageOf(
        req,
        notes,
        (note) => note.receiptNoteNumber,
        (note) => note,
      ),
    );
  });

  router.post('/purchase-orders/:poNumber/receipt-notes', (req, res) => {
    const input = parseOrProblem(receiptNoteSchema, req.body);
    res.status(201).json(createReceiptNote(state, req.params.poNumber, input));
  });

  return router;
}
