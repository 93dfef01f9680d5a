import type { Availability, ErpStockLevel, Item, StockMovement, SyncAck } from '../generated';
import { sampleHeader } from './sample-header';

export const itemSample: Item = {
  header: sampleHeader(
    'PRIMA',
    'edge/prima-item-poll',
    'prima:item:TEE-NVY-M:rev-12',
    0,
    'inbound/0f3c2a',
  ),
  sku: 'TEE-NVY-M',
  status: 'ACTIVE',
  description: 'Organic cotton tee, navy, M',
  isStockItem: true,
  barcodes: ['5012345678900'],
  unitOfMeasure: 'EA',
  quantityScale: 0,
  taxCode: 'S20',
  prices: [
    { priceList: 'RETAIL-GBP', currency: 'GBP', unitPriceMinor: 2500, includesTax: true },
    { priceList: 'RETAIL-EUR', currency: 'EUR', unitPriceMinor: 2900, includesTax: true },
  ],
  style: { styleCode: 'TEE', attributes: { Colour: 'Navy', Size: 'M' } },
};

/** Peoplevox despatched the two tees of SO-100234 (see fulfilment.samples.ts). */
export const stockMovementSample: StockMovement = {
  header: sampleHeader('PEOPLEVOX', 'fulfilment/despatch', 'peoplevox:movement:88121', 95),
  sku: 'TEE-NVY-M',
  depot: 'LON1',
  kind: 'DESPATCH',
  sourceSequence: 88121,
  quantity: 2,
  quantityScale: 0,
  condition: 'SELLABLE',
  orderNo: 'SO-100234',
  poNo: null,
  reasonCode: null,
  levels: null,
};

/** 40 on hand, 3 allocated, 1 quarantined and 2 in flight leave 34 to sell. */
export const availabilitySample: Availability = {
  header: sampleHeader('PARITY', 'inventory/ats', 'inventory:availability:LON1:TEE-NVY-M:17', 96),
  sku: 'TEE-NVY-M',
  depot: 'LON1',
  stockOwner: 'PEOPLEVOX',
  onHand: 40,
  allocated: 3,
  quarantined: 1,
  pending: 2,
  ats: 34,
  quantityScale: 0,
  version: 17,
};

export const syncAckSample: SyncAck = {
  header: sampleHeader('LIGHTSPEED', 'inventory/pos-push', 'lightspeed:ack:MAN1:TEE-NVY-M:9', 97),
  sku: 'TEE-NVY-M',
  depot: 'MAN1',
  target: 'LIGHTSPEED',
  store: 'MAN1',
  availabilityVersion: 9,
  ats: 5,
  quantityScale: 0,
  changedAt: availabilitySample.header.occurredAt,
  status: 'ACKNOWLEDGED',
  failureReason: null,
};

/** Prima's figure for the Manchester store after a till sale there reached it; one unit is its safety stock. */
export const erpStockLevelSample: ErpStockLevel = {
  header: sampleHeader('PRIMA', 'edge/prima-poll', 'prima:stock:MAN1:TEE-NVY-M:1795170960000', 96),
  sku: 'TEE-NVY-M',
  depot: 'MAN1',
  onHand: 7,
  allocated: 1,
  ats: 5,
  quantityScale: 0,
  modifiedAt: Date.UTC(2026, 10, 20, 10, 36),
};
