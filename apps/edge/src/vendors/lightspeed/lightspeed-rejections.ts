import type { z } from 'zod';
import { PayloadRejected } from '../../ingest/canonical-event';

/** Why a polled Lightspeed sale cannot become a PosSale; each type's owner is the team that can fix it. */
export const lightspeedRejections = {
  invalid: (saleRef: string, error: z.ZodError) =>
    new PayloadRejected(
      'LIGHTSPEED.PAYLOAD_INVALID',
      `Lightspeed sale ${saleRef} does not have the shape of an R-Series Sale: ${error.issues
        .map((issue) => `${issue.path.join('.')} ${issue.message}`)
        .join('; ')}`,
      { type: 'PAYLOAD_INVALID', entityType: 'POS_SALE', entityId: saleRef },
    ),

  amountsOutOfRange: (saleRef: string) =>
    new PayloadRejected(
      'LIGHTSPEED.PAYLOAD_INVALID',
      `Lightspeed sale ${saleRef} has an amount too large to hold exactly in minor units`,
      { type: 'PAYLOAD_INVALID', entityType: 'POS_SALE', entityId: saleRef },
    ),

  shopUnmapped: (shopID: string, what: 'store' | 'depot') =>
    new PayloadRejected(
      'LIGHTSPEED.SHOP_UNMAPPED',
      `Lightspeed shop ${shopID} has no Parity ${what}; add it to the location map`,
      {
        type: 'LOCATION_UNMAPPED',
        entityType: what === 'store' ? 'STORE' : 'DEPOT',
        entityId: `lightspeed:${shopID}`,
      },
    ),

  itemWithoutSku: (itemID: string, saleRef: string) =>
    new PayloadRejected(
      'LIGHTSPEED.ITEM_WITHOUT_SKU',
      `Lightspeed item ${itemID}, sold on ${saleRef}, has no customSku, so no Prima item code; set it in Lightspeed`,
      {
        type: 'VARIANT_UNMAPPED',
        entityType: 'SKU',
        entityId: `lightspeed-item:${itemID}`,
      },
    ),

  noGenericNonStockItem: (saleLineID: string, saleRef: string) =>
    new PayloadRejected(
      'LIGHTSPEED.NON_STOCK_ITEM_UNMAPPED',
      `Lightspeed sale ${saleRef} has a miscellaneous line (saleLineID ${saleLineID}, itemID "0"), and the world model names no generic Prima non-stock item for it; add nonStockItems LIGHTSPEED:0`,
      { type: 'VARIANT_UNMAPPED', entityType: 'POS_SALE', entityId: saleRef },
    ),

  taxClassUnmapped: (taxClassID: string, saleRef: string) =>
    new PayloadRejected(
      'LIGHTSPEED.TAX_CLASS_UNMAPPED',
      `Lightspeed tax class ${taxClassID}, used on ${saleRef}, has no Prima tax code`,
      {
        type: 'TAX_CODE_UNMAPPED',
        entityType: 'TAX_CODE',
        entityId: `lightspeed-tax-class:${taxClassID}`,
      },
    ),
};
