import { Router } from 'express';
import { pageOf, queryText } from './prima-paging';
import { parseOrProblem } from './prima-problem';
import { notFound } from './prima-problem';
import { presentStock } from './prima-present';
import { stockLevelPushSchema } from './prima-schemas';
import type { PrimaState } from './prima-state';
import { applyStockLevels } from './prima-stock-levels';

/** Items, stock per depot, and the [ASSUMED] stock-level push from the warehouses. */
export function catalogueRoutes(state: PrimaState): Router {
  const router = Router();

  router.get('/items', (req, res) => {
    const itemCode = queryText(req, 'itemCode');
    const items = [...state.items.values()].filter(
      (item) => !itemCode || item.itemCode === itemCode,
    );
    res.json(
      pageOf(
        req,
        items,
        (item) => item.itemCode,
        (item) => item,
      ),
    );
  });

  router.get('/items/:itemCode', (req, res) => {
    const item = state.items.get(req.params.itemCode);
    if (!item) throw notFound(`No item ${req.params.itemCode}.`);
    res.json(item);
  });

  router.get('/stock', (req, res) => {
    const depotCode = queryText(req, 'depotCode');
    const itemCode = queryText(req, 'itemCode');
    if (depotCode && !state.depots.has(depotCode)) throw notFound(`No depot ${depotCode}.`);
    const rows = [...state.stock.values()].filter(
      (row) =>
        (!depotCode || row.depotCode === depotCode) && (!itemCode || row.itemCode === itemCode),
    );
    res.json(
      pageOf(
        req,
        rows,
        (row) => `${row.depotCode}/${row.itemCode}`,
        (row) => presentStock(state, row),
      ),
    );
  });

  router.put('/stock-levels', (req, res) => {
    const rows = parseOrProblem(stockLevelPushSchema, req.body);
    res.json({ results: applyStockLevels(state, rows).results });
  });

  return router;
}
