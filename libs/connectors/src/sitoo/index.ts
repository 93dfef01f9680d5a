export { SitooClient, type SitooClientOptions, type StockSetResult } from './sitoo.client';
export { SITOO_QUANTITY_SCALE } from './sitoo.types';
export type {
  SitooEnvelope,
  SitooOrder,
  SitooOrderItem,
  SitooBatchResult,
  SitooPayment,
  SitooProduct,
  SitooProductUpdate,
  SitooProductWrite,
  SitooVariantAttribute,
  SitooVatGroup,
  SitooWarehouse,
  SitooWarehouseItem,
  SitooWarehouseTransaction,
} from './sitoo.types';
