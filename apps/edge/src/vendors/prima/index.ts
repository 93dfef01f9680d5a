export { normalisePrimaItem, PRIMA_SELL_PRICE_LIST } from './prima-item.mapper';
export { normalisePrimaPurchaseOrder } from './prima-purchase-order.mapper';
export { normalisePrimaSalesOrder } from './prima-sales-order.mapper';
