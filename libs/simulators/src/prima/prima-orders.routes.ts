import { Router } from 'express';
import { createDespatchNote } from './prima-despatch';
import { pageOf, queryText } from './prima-paging';
import { notFound, parseOrProblem } from './prima-problem';
import { presentSalesOrder } from './prima-present';
import { authoriseSalesOrder, createSalesOrder, type VatRates } from './prima-sales-orders';
import { authoriseSchema, despatchNoteSchema, newSalesOrderSchema } from './prima-schemas';
import type { PrimaState } from './prima-state';

/** Sales orders (entry, search, change feed, authorisation) and despatch notes against them. */
export function orderRoutes(state: PrimaState, vatRates: VatRates): Router {
  const router = Router();
  const orderOr404 = (orderNumber: string) => {
    const order = state.salesOrders.get(orderNumber);
    if (!order) throw notFound(`No sales order ${orderNumber}.`);
    return order;
  };

  router.get('/sales-orders', (req, res) => {
    const customerReference = queryText(req, 'customerReference');
    const orderNumber = queryText(req, 'orderNumber');
    const candidates = customerReference
      ? (state.salesOrdersByReference.get(customerReference) ?? []).flatMap(
          (number) => state.salesOrders.get(number) ?? [],
        )
      : [...state.salesOrders.values()];
    const orders = candidates.filter(
      (order) =>
        (!customerReference || order.customerReference === customerReference) &&
        (!orderNumber || order.orderNumber === orderNumber),
    );
    res.json(pageOf(req, orders, (order) => order.orderNumber, presentSalesOrder));
  });

  router.get('/sales-orders/:orderNumber', (req, res) => {
    res.json(presentSalesOrder(orderOr404(req.params.orderNumber)));
  });

  router.post('/sales-orders', (req, res) => {
    const order = createSalesOrder(state, parseOrProblem(newSalesOrderSchema, req.body), vatRates);
    res.status(201).location(`sales-orders/${order.orderNumber}`).json(presentSalesOrder(order));
  });

  router.post('/sales-orders/:orderNumber/authorise', (req, res) => {
    const order = orderOr404(req.params.orderNumber);
    const { authorisedBy } = parseOrProblem(authoriseSchema, req.body ?? {});
    authoriseSalesOrder(state, order, authorisedBy);
    res.json(presentSalesOrder(order));
  });

  router.get('/despatch-notes', (req, res) => {
    const number = queryText(req, 'despatchNoteNumber');
    const salesOrderNumber = queryText(req, 'salesOrderNumber');
    const notes = [...state.despatchNotes.values()]
      .filter(
        (note) =>
          (!number || note.despatchNoteNumber === number) &&
          (!salesOrderNumber || note.salesOrderNumber === salesOrderNumber),
      )
      .map((note) => ({ ...note, modifiedAt: note.createdAt }));
    res.json(
      pageOf(
        req,
        notes,
        (note) => note.despatchNoteNumber,
        (note) => note,
      ),
    );
  });

  router.post('/despatch-notes', (req, res) => {
    const note = createDespatchNote(state, parseOrProblem(despatchNoteSchema, req.body));
    res.status(201).json(note);
  });

  return router;
}
