import type { RetryPolicy } from '@parity/resilience';
import { ConnectorError } from '../http/connector-error';
import { createOnce } from '../http/create-once';
import type { PeoplevoxClient, PvxDocumentSaveResult } from '../peoplevox/peoplevox.client';
import type { PvxSalesOrderInput } from '../peoplevox/peoplevox-save';
import { PvxTemplates, type PvxGetTemplate } from '../peoplevox/peoplevox.templates';
import { pvxEquals } from '../peoplevox/search-clause';
import { nextAmendmentReference } from './amendment-reference';
import { WmsChangeRefused } from './wms-change-refused';
import {
  isAmendable,
  streetLines,
  type WmsSalesOrder,
  type WmsSalesOrderState,
  type WmsSalesOrderStatus,
} from './wms-documents';
import type { WmsPort } from './wms-port';

/** Peoplevox's SalesOrderNumber and PurchaseOrderNumber hold at most 30 characters. */
const MAX_REFERENCE_LENGTH = 30;

const STATUSES: Readonly<Record<string, WmsSalesOrderStatus>> = {
  New: 'OPEN',
  'Partially allocated': 'OPEN',
  Allocated: 'ALLOCATED',
  Picked: 'PICKING',
  Packed: 'PICKING',
  'Partially despatched': 'PART_DESPATCHED',
  Despatched: 'DESPATCHED',
  Cancelled: 'CANCELLED',
};

type OrderOperations = Omit<WmsPort, 'wms' | 'stockAt'>;

/**
 * The port's writes over Peoplevox's SaveData, each searched for with GetData first. Peoplevox
 * keys orders by their number and has no id of its own to give, so the reference is the id.
 * An order cannot lose or reduce lines once picking starts, so an amendment is
 * cancel-and-recreate under the next amendment reference while the order is open, and refused
 * from picking on.
 */
export function peoplevoxOrders(peoplevox: PeoplevoxClient, retry?: RetryPolicy): OrderOperations {
  async function salesOrderStatus(reference: string): Promise<WmsSalesOrderState | undefined> {
    const clause = pvxEquals('SalesOrderNumber', reference);
    const [row] = (await peoplevox.getPage(PvxTemplates.salesOrders, 1, 1, clause)).rows;
    return row && { reference, wmsId: reference, status: statusOf(row.status) };
  }

  /** Whether Peoplevox holds the document with every line: a header saved alone is not placed yet. */
  async function holdsWhole<Header>(
    header: PvxGetTemplate<Header>,
    items: PvxGetTemplate<{ readonly line: number }>,
    clause: string,
    lineNumbers: readonly number[],
  ): Promise<true | undefined> {
    if ((await peoplevox.getPage(header, 1, 1, clause)).rows.length === 0) return undefined;
    const saved = new Set<number>();
    for await (const item of peoplevox.getAll(items, 500, clause)) saved.add(item.line);
    return lineNumbers.every((line) => saved.has(line)) || undefined;
  }

  async function createSalesOrder(order: WmsSalesOrder) {
    requireShortEnough('createSalesOrder', order.reference);
    await createOnce({
      find: () =>
        holdsWhole(
          PvxTemplates.salesOrders,
          PvxTemplates.salesOrderItems,
          pvxEquals('SalesOrderNumber', order.reference),
          order.lines.map((line) => line.lineNumber),
        ),
      create: async () => {
        refuseOnRowErrors(
          'createSalesOrder',
          await peoplevox.saveSalesOrders([toPeoplevox(order)]),
        );
        return true as const;
      },
      retry,
    });
    return { reference: order.reference, wmsId: order.reference };
  }

  async function cancel(current: WmsSalesOrderState): Promise<void> {
    if (current.status === 'CANCELLED') return;
    const result = await peoplevox.cancelSalesOrders([current.reference]);
    if (result.rowErrors.length > 0) {
      const reason = result.rowErrors.map((failure) => failure.message).join('; ');
      throw new WmsChangeRefused(
        'peoplevox',
        'cancelSalesOrder',
        current.reference,
        current.status,
        reason,
      );
    }
  }

  async function requireOrder(operation: string, reference: string): Promise<WmsSalesOrderState> {
    const current = await salesOrderStatus(reference);
    if (!current) {
      throw new ConnectorError(
        'peoplevox',
        operation,
        'CONNECTOR.NOT_FOUND',
        `no sales order ${reference}`,
      );
    }
    return current;
  }

  return {
    createSalesOrder,
    salesOrderStatus,

    async cancelSalesOrder(reference) {
      await cancel(await requireOrder('cancelSalesOrder', reference));
    },

    /*
     * Cancel first, then place the amended order: a failure between the two leaves no order
     * rather than two to pick. Repeated, it finds the old order cancelled and places (or finds)
     * the new one; an order found cancelled is taken to be this amendment's own cancellation.
     */
    async amendSalesOrder(reference, content) {
      const next = nextAmendmentReference(reference);
      requireShortEnough('amendSalesOrder', next);
      const current = await requireOrder('amendSalesOrder', reference);
      if (current.status !== 'CANCELLED' && !isAmendable(current.status)) {
        throw new WmsChangeRefused(
          'peoplevox',
          'amendSalesOrder',
          reference,
          current.status,
          `it is ${current.status}: Peoplevox cannot remove or reduce lines once picking starts`,
        );
      }
      await cancel(current);
      return createSalesOrder({ ...content, reference: next });
    },

    async createPurchaseOrder(po) {
      requireShortEnough('createPurchaseOrder', po.reference);
      await createOnce({
        find: () =>
          holdsWhole(
            PvxTemplates.purchaseOrders,
            PvxTemplates.purchaseOrderItems,
            pvxEquals('PurchaseOrderNumber', po.reference),
            po.lines.map((line) => line.lineNumber),
          ),
        create: async () => {
          const saved = await peoplevox.savePurchaseOrders([
            {
              purchaseOrderNumber: po.reference,
              reference: po.reference,
              supplier: po.supplier,
              expectedDeliveryDate: po.expectedDate,
              lines: po.lines.map((line) => ({
                line: line.lineNumber,
                itemCode: line.sku,
                quantity: line.quantity,
                costPriceMinor: line.unitCostMinor,
              })),
            },
          ]);
          refuseOnRowErrors('createPurchaseOrder', saved);
          return true as const;
        },
        retry,
      });
      return { reference: po.reference, wmsId: po.reference };
    },
  };
}

/**
 * The templates name no site: Peoplevox fulfils at the account's default site, which the
 * depot's location must be (README.md). Customer is the Prima account, else the addressee.
 */
function toPeoplevox(order: WmsSalesOrder): PvxSalesOrderInput {
  const address = order.deliveryAddress;
  return {
    salesOrderNumber: order.reference,
    customer: order.customer.account ?? address.company ?? address.name,
    email: order.customer.email,
    contactName: address.name,
    shippingAddress: {
      ...streetLines(address),
      city: address.city,
      region: address.region,
      postcode: address.postcode,
      country: address.countryCode,
    },
    // A Peoplevox service type belongs to a carrier, so the service alone names both.
    serviceType: order.service ?? order.carrier,
    lines: order.lines.map((line) => ({
      line: line.lineNumber,
      itemCode: line.sku,
      quantityOrdered: line.quantity,
    })),
  };
}

function statusOf(status: string): WmsSalesOrderStatus {
  const known = STATUSES[status];
  if (!known) {
    throw new ConnectorError(
      'peoplevox',
      'salesOrderStatus',
      'CONNECTOR.BAD_RESPONSE',
      `unknown sales order status "${status}"`,
    );
  }
  return known;
}

function requireShortEnough(operation: string, reference: string): void {
  if (reference.length > MAX_REFERENCE_LENGTH) {
    throw new ConnectorError(
      'peoplevox',
      operation,
      'CONNECTOR.REJECTED',
      `reference ${reference} is longer than Peoplevox's ${MAX_REFERENCE_LENGTH} characters`,
    );
  }
}

/** Rows Peoplevox refused are a permanent refusal of the document: a data fix is needed. */
function refuseOnRowErrors(operation: string, result: PvxDocumentSaveResult): void {
  const failures = [...result.headers.rowErrors, ...result.lines.rowErrors];
  if (failures.length === 0) return;
  const detail = failures.map((f) => `row ${f.rowNumber} (${f.key}): ${f.message}`).join('; ');
  throw new ConnectorError('peoplevox', operation, 'CONNECTOR.REJECTED', detail, {
    responseBody: detail,
  });
}
