import type { AdminHttp } from './admin-http';
import { formatMinor } from './money';

/** A line to ring up; `discountMinor` comes off the whole line, tax-inclusive. */
export interface TillLine {
  readonly sku: string;
  readonly quantity: number;
  readonly discountMinor?: number;
  /**
   * A cashier's open line (Lightspeed's miscellaneous line, itemID "0"): no item, the text
   * and tax-inclusive unit price the cashier typed. `sku` is then the Prima item it posts to.
   */
  readonly miscellaneous?: { readonly note: string; readonly unitPriceMinor: number };
}

/** How the till's vendor serves the sale; each option is one vendor's (named) shape. */
export interface SaleShape {
  /** Lightspeed: served as older API versions serve it, completed without completeTime. */
  readonly withoutCompleteTime?: boolean;
}

/** A sale as rung up, with the till's own line ids so a return can point at them. */
export interface RungUpSale {
  readonly saleRef: string;
  readonly lines: readonly {
    readonly lineRef: string;
    readonly sku: string;
    readonly quantity: number;
  }[];
}

export interface ReturnedUnits {
  readonly lineRef: string;
  readonly quantity: number;
}

/** Ringing up at a till through its simulator's admin API, the way a cashier would. */
export interface Till {
  sell(location: string, lines: readonly TillLine[], shape?: SaleShape): Promise<RungUpSale>;
  /** A refund (only `returned`) or an exchange (both). */
  bringBack(
    location: string,
    original: RungUpSale,
    returned: readonly ReturnedUnits[],
    sold: readonly TillLine[],
  ): Promise<RungUpSale>;
}

interface SitooOrder {
  readonly orderid: number;
  readonly orderitems: readonly { orderitemid: number; sku: string; quantity: number }[];
}

export class SitooTill implements Till {
  constructor(private readonly http: AdminHttp) {}

  async sell(warehouseId: string, lines: readonly TillLine[]): Promise<RungUpSale> {
    const { order } = await this.http.post<{ order: SitooOrder }>('sitoo/sales', {
      warehouseid: Number(warehouseId),
      sold: lines.map(sitooLine),
    });
    return sitooSale(order);
  }

  async bringBack(
    warehouseId: string,
    original: RungUpSale,
    returned: readonly ReturnedUnits[],
    sold: readonly TillLine[],
  ): Promise<RungUpSale> {
    const body = {
      warehouseid: Number(warehouseId),
      returned: {
        originalOrderId: Number(original.saleRef),
        lines: returned.map((r) => ({ orderitemid: Number(r.lineRef), quantity: r.quantity })),
        reasoncode: sold.length > 0 ? 'WRONG_SIZE' : 'CHANGED_MIND',
      },
      ...(sold.length > 0 ? { sold: sold.map(sitooLine) } : {}),
    };
    const kind = sold.length > 0 ? 'exchanges' : 'returns';
    const { order } = await this.http.post<{ order: SitooOrder }>(`sitoo/${kind}`, body);
    return sitooSale(order);
  }
}

function sitooLine(line: TillLine) {
  if (line.miscellaneous) throw new Error('Sitoo tills have no miscellaneous lines');
  return {
    sku: line.sku,
    quantity: line.quantity,
    ...(line.discountMinor ? { rowdiscount: formatMinor(line.discountMinor) } : {}),
  };
}

function sitooSale(order: SitooOrder): RungUpSale {
  return {
    saleRef: String(order.orderid),
    lines: order.orderitems
      .filter((item) => item.quantity > 0)
      .map((item) => ({
        lineRef: String(item.orderitemid),
        sku: item.sku,
        quantity: item.quantity,
      })),
  };
}

interface LightspeedSaleLine {
  readonly saleLineID: string;
  readonly itemID: string;
  readonly unitQuantity: string;
}

interface LightspeedSale {
  readonly saleID: string;
  /** R-Series collapses a one-element collection to the element itself. */
  readonly SaleLines?: { SaleLine: LightspeedSaleLine | LightspeedSaleLine[] };
}

/** Lightspeed's itemID on a miscellaneous line. */
const MISCELLANEOUS_ITEM_ID = '0';

/** Card for a sale, cash back for a refund: the amount left out is the sale's balance. */
const CARD = '2';
const CASH = '1';

export class LightspeedTill implements Till {
  private readonly skuOf: Map<string, string>;

  constructor(
    private readonly http: AdminHttp,
    private readonly itemIds: Readonly<Record<string, string>>,
  ) {
    this.skuOf = new Map(Object.entries(itemIds).map(([sku, itemID]) => [itemID, sku]));
  }

  async sell(
    shopId: string,
    lines: readonly TillLine[],
    shape: SaleShape = {},
  ): Promise<RungUpSale> {
    const sale = await this.http.post<LightspeedSale>('lightspeed/sales', {
      shopID: shopId,
      lines: lines.map((line) => this.lightspeedLine(line)),
      payments: [{ paymentTypeID: CARD }],
      withoutCompleteTime: shape.withoutCompleteTime ?? false,
    });
    return this.rungUp(sale);
  }

  async bringBack(
    shopId: string,
    original: RungUpSale,
    returned: readonly ReturnedUnits[],
    sold: readonly TillLine[],
  ): Promise<RungUpSale> {
    const sale = await this.http.post<LightspeedSale>('lightspeed/sales', {
      shopID: shopId,
      lines: sold.map((line) => this.lightspeedLine(line)),
      returned: {
        saleID: original.saleRef,
        lines: returned.map((r) => ({ saleLineID: r.lineRef, quantity: r.quantity })),
      },
      // Leaving the amount out pays the balance, whichever way it falls.
      payments: [{ paymentTypeID: sold.length > 0 ? CARD : CASH }],
    });
    return this.rungUp(sale);
  }

  private lightspeedLine(line: TillLine) {
    if (line.miscellaneous) {
      return {
        itemID: MISCELLANEOUS_ITEM_ID,
        quantity: line.quantity,
        unitPrice: formatMinor(line.miscellaneous.unitPriceMinor),
        note: line.miscellaneous.note,
      };
    }
    const itemID = this.itemIds[line.sku];
    if (itemID === undefined) throw new Error(`${line.sku} was not seeded in Lightspeed`);
    return {
      itemID,
      quantity: line.quantity,
      ...(line.discountMinor ? { discount: formatMinor(line.discountMinor) } : {}),
    };
  }

  private rungUp(sale: LightspeedSale): RungUpSale {
    const raw = sale.SaleLines?.SaleLine ?? [];
    const lines = (Array.isArray(raw) ? raw : [raw])
      .filter((line) => Number(line.unitQuantity) > 0)
      .map((line) => ({
        lineRef: line.saleLineID,
        sku: this.skuOf.get(line.itemID) ?? line.itemID,
        quantity: Number(line.unitQuantity),
      }));
    return { saleRef: sale.saleID, lines };
  }
}
