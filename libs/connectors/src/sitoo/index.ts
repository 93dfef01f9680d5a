export { SitooClient, type SitooClientOptions, type StockSetResult } from './sitoo.client';
export { SITOO_QUANTITY_SCALE } from './sitoo.types';
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
