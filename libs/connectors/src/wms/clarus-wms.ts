import type { ClarusClient } from '../clarus/clarus.client';
import type {
  ClarusSalesOrderDetail,
  ClarusSalesOrderInput,
  ClarusSalesOrderStatus,
} from '../clarus/clarus.types';
import { ConnectorError } from '../http/connector-error';
import { WmsChangeRefused } from './wms-change-refused';
import { streetLines, type WmsSalesOrderContent, type WmsSalesOrderStatus } from './wms-documents';
import type { WmsPort, WmsStockLevel } from './wms-port';

/**
 * The WMS port over Clarus: its stock levels of one warehouse, for the products carrying a
 * Parity SKU (external system reference 1), stock on hold being quarantined and part of on
 * hand; sales orders and goods-in receipts through its REST API, created once per reference
 * (the client searches first), amended in place and cancelled while the order is open.
 */
export function clarusWms(clarus: ClarusClient): WmsPort {
  return {
    wms: 'CLARUS',
    async stockAt(warehouse, skus) {
      const wanted = new Set(skus);
      const found = new Map<string, WmsStockLevel>();
      for (const level of await clarus.stockLevels({ productRefs: skus, warehouse })) {
        const sku = level.product.external_system_reference1;
        if (level.warehouse === warehouse && sku && wanted.has(sku)) {
          found.set(sku, {
            onHand: level.on_hand,
            allocated: level.allocated,
            quarantined: level.on_hold,
          });
        }
      }
      return found;
    },

    async createSalesOrder(order) {
      const created = await clarus.createSalesOrder(toClarus(order.reference, order));
      return { reference: order.reference, wmsId: String(created.id) };
    },

    async amendSalesOrder(reference, order) {
      const replaced = await refusedOnConflict('amendSalesOrder', reference, () =>
        clarus.replaceSalesOrder(toClarus(reference, order)),
      );
      return { reference, wmsId: String(replaced.id) };
    },

    async cancelSalesOrder(reference) {
      await refusedOnConflict('cancelSalesOrder', reference, () =>
        clarus.cancelSalesOrder(reference),
      );
    },

    async salesOrderStatus(reference) {
      const order = await clarus.salesOrder(reference);
      return order && { reference, wmsId: order.id, status: statusOf(order) };
    },

    async createPurchaseOrder(po) {
      const receipt = await clarus.createGoodsInReceipt({
        reference: po.reference,
        expected_date: po.expectedDate,
        warehouse: po.location,
        account: po.supplier,
        lines: po.lines.map((line) => ({
          line_number: line.lineNumber,
          external_system_reference1: line.sku,
          quantity: line.quantity,
        })),
      });
      return { reference: po.reference, wmsId: String(receipt.id) };
    },
  };
}

const STATUSES: Readonly<Record<ClarusSalesOrderStatus, WmsSalesOrderStatus>> = {
  open: 'OPEN',
  picking: 'PICKING',
  dispatched: 'DESPATCHED',
  cancelled: 'CANCELLED',
};

/** An open order whose every line is allocated in full is ALLOCATED. */
function statusOf(order: ClarusSalesOrderDetail): WmsSalesOrderStatus {
  const allocated = order.lines.every((line) => line.allocated_quantity >= line.quantity);
  return order.status === 'open' && allocated ? 'ALLOCATED' : STATUSES[order.status];
}

/** Clarus answers 409, with the order's status, once an order can no longer change. */
async function refusedOnConflict<T>(
  operation: string,
  reference: string,
  change: () => Promise<T>,
): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (!(error instanceof ConnectorError) || error.code !== 'CONNECTOR.CONFLICT') throw error;
    const answer = parsed(error.responseBody);
    const status = STATUSES[answer.status as ClarusSalesOrderStatus] as
      WmsSalesOrderStatus | undefined;
    throw new WmsChangeRefused(
      'clarus',
      operation,
      reference,
      status,
      typeof answer.message === 'string' ? answer.message : error.message,
    );
  }
}

function parsed(body: string | undefined): { status?: unknown; message?: unknown } {
  try {
    return JSON.parse(body ?? '{}') as { status?: unknown; message?: unknown };
  } catch {
    return {};
  }
}

function toClarus(reference: string, order: WmsSalesOrderContent): ClarusSalesOrderInput {
  const address = order.deliveryAddress;
  return {
    reference,
    warehouse: order.location,
    account: order.customer.account,
    order_date: order.orderDate,
    delivery_address: {
      name: address.name,
      company: address.company,
      ...streetLines(address),
      city: address.city,
      region: address.region,
      postcode: address.postcode,
      country: address.countryCode,
      email: order.customer.email,
      phone: order.customer.phone,
    },
    carrier: order.carrier,
    service: order.service,
    lines: order.lines.map((line) => ({
      line_number: line.lineNumber,
      external_system_reference1: line.sku,
      quantity: line.quantity,
    })),
  };
}
