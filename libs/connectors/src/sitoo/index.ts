export { SitooClient, type SitooClientOptions, type StockSetResult } from './sitoo.client';
export { parseStockQuantity } from './sitoo-quantity';
export type {
  SitooEnvelope,
  SitooOrder,
  SitooOrderItem,
  SitooPayment,
  SitooProduct,
  SitooWarehouse,
  SitooWarehouseItem,
  SitooWarehouseTransaction,
} from './sitoo.types';
