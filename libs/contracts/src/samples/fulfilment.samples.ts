import type {
  CreditNote,
  DespatchNote,
  GoodsReceipt,
  WmsOrderEvent,
  WmsReturn,
} from '../generated';
import { sampleHeader } from './sample-header';

const shipment = {
  carrier: 'DPD',
  service: 'NEXTDAY',
  trackingNumbers: ['15501234567890'],
  trackingUrl: null,
};

/** Peoplevox despatched SO-100234's two tees in one parcel. */
export const wmsOrderEventSample: WmsOrderEvent = {
  header: sampleHeader(
    'PEOPLEVOX',
    'edge/peoplevox-webhook',
    'peoplevox:despatch:PVX-DSP-33019',
    95,
    'inbound/9c41d2',
  ),
  orderNo: 'SO-100234',
  wmsOrderRef: 'PVX-558812',
  depot: 'LON1',
  kind: 'DESPATCHED',
  despatchRef: 'PVX-DSP-33019',
  lines: [{ lineNo: 1, sku: 'TEE-NVY-M', quantity: 2, quantityScale: 0 }],
  shipment,
};

export const despatchNoteSample: DespatchNote = {
  header: sampleHeader(
    'PRIMA',
    'fulfilment/despatch',
    'fulfilment:despatch-note:PVX-DSP-33019',
    96,
  ),
  orderNo: 'SO-100234',
  primaDespatchNoteNo: 'DN-55102',
  despatchRef: 'PVX-DSP-33019',
  wmsEventId: wmsOrderEventSample.header.eventId,
  depot: 'LON1',
  despatchedAt: wmsOrderEventSample.header.occurredAt,
  lines: [{ lineNo: 1, sku: 'TEE-NVY-M', quantity: 2, quantityScale: 0 }],
  shipment,
};

/** Clarus booked in PO-7781's 120 tees, two of them damaged. */
export const goodsReceiptSample: GoodsReceipt = {
  header: sampleHeader(
    'CLARUS',
    'edge/clarus-receipt-poll',
    'clarus:grn:CLR-GRN-2231',
    60,
    'inbound/77aa01',
  ),
  poNo: 'PO-7781',
  receiptRef: 'CLR-GRN-2231',
  depot: 'BHX1',
  lines: [
    { poLineNo: 1, sku: 'TEE-NVY-M', quantity: 118, quantityScale: 0, condition: 'SELLABLE' },
    { poLineNo: 1, sku: 'TEE-NVY-M', quantity: 2, quantityScale: 0, condition: 'QUARANTINE' },
  ],
};

/** One tee of SO-100234 came back, fine to resell. */
export const wmsReturnSample: WmsReturn = {
  header: sampleHeader(
    'PEOPLEVOX',
    'edge/peoplevox-webhook',
    'peoplevox:return:PVX-RTN-7710',
    120,
    'inbound/c3e5f8',
  ),
  orderNo: 'SO-100234',
  returnRef: 'PVX-RTN-7710',
  rmaNo: null,
  depot: 'LON1',
  lines: [
    {
      lineNo: 1,
      sku: 'TEE-NVY-M',
      quantity: 1,
      quantityScale: 0,
      condition: 'SELLABLE',
      reasonCode: 'TOO_SMALL',
    },
  ],
};

export const creditNoteSample: CreditNote = {
  header: sampleHeader('PRIMA', 'returns/credit-note', 'returns:credit-note:PVX-RTN-7710', 121),
  orderNo: 'SO-100234',
  kind: 'CREDIT_NOTE',
  primaDocumentNo: 'CN-20417',
  origin: 'WMS_RETURN',
  originRef: 'PVX-RTN-7710',
  currency: 'GBP',
  lines: [{ lineNo: 1, sku: 'TEE-NVY-M', quantity: 1, quantityScale: 0, amountMinor: 2500 }],
  taxMinor: 417,
  totalMinor: 2500,
};
