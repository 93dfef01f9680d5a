import { divideRounded, parseHundredths } from './prima-money';
import { PrimaProblem, unprocessable, type FieldProblem } from './prima-problem';
import type { SalesOrderLineRecord, SalesOrderRecord } from './prima-records';
import type { NewSalesOrderInput } from './prima-schemas';
import type { PrimaState } from './prima-state';

/** VAT rates by Prima VAT code, in basis points (20% = 2000). */
export type VatRates = Readonly<Record<string, number>>;

export const UK_VAT_RATES: VatRates = { S20: 2000, R5: 500, Z0: 0, E: 0 };

/**
 * Prima's sales order entry. A till sale (orderSource POS) at a store depot is complete on
 * arrival and takes its stock from the store at once; any other order waits for authorisation
 * after a credit check against the customer's limit.
 */
export function createSalesOrder(
  state: PrimaState,
  input: NewSalesOrderInput,
  vatRates: VatRates,
): SalesOrderRecord {
  if (input.orderNumber !== undefined && state.salesOrders.has(input.orderNumber)) {
    throw new PrimaProblem(
      409,
      'Conflict',
      `Sales Order Header already exists with Order Number equal to ${input.orderNumber}`,
      [],
      'E:21',
    );
  }
  if (input.vatInclusive) {
    throw new PrimaProblem(
      422,
      'Unprocessable Entity',
      'Price obtained from the Price Book has a different VAT Incl Prices Value to the Sales Order',
      [],
      'E:548',
    );
  }
  if (input.lines.every((line) => !state.items.has(line.itemCode))) {
    throw new PrimaProblem(
      422,
      'Unprocessable Entity',
      `There were no Valid Order Lines found for the  Current Order ${input.orderNumber ?? ''}`,
      [],
      'E:194',
    );
  }
  const problems: FieldProblem[] = [];
  const depot = state.depots.get(input.depotCode);
  if (!depot) problems.push(field('depotCode', 'UNKNOWN_DEPOT', `no depot ${input.depotCode}`));
  const isTillSale = input.orderSource === 'POS';
  if (isTillSale && depot && depot.type !== 'STORE') {
    problems.push(field('depotCode', 'NOT_A_STORE', 'a POS order must be posted to a store depot'));
  }
  const customer = state.customers.get(input.customerAccountCode);
  if (!customer) {
    problems.push(field('customerAccountCode', 'UNKNOWN_CUSTOMER', 'no such customer account'));
  }
  const lines = input.lines.map((line, index): SalesOrderLineRecord | undefined => {
    const at = `lines.${index}`;
    const item = state.items.get(line.itemCode);
    const vatRate = vatRates[line.vatCode];
    if (!item) problems.push(field(`${at}.itemCode`, 'UNKNOWN_ITEM', `no item ${line.itemCode}`));
    else if (item.productStatus === 'DISCONTINUED') {
      problems.push(field(`${at}.itemCode`, 'DISCONTINUED', `${line.itemCode} is discontinued`));
    }
    if (vatRate === undefined) problems.push(field(`${at}.vatCode`, 'UNKNOWN_VAT_CODE', 'unknown'));
    if (line.quantityOrdered < 0 && !isTillSale) {
      problems.push(field(`${at}.quantityOrdered`, 'NEGATIVE', 'only till sales may refund'));
    }
    if (!item || vatRate === undefined) return undefined;
    const unitNetMinor = parseHundredths(line.unitNetPrice);
    const discountBasisPoints = parseHundredths(line.discountPercent);
    const netMinor = divideRounded(
      line.quantityOrdered * unitNetMinor * (10_000 - discountBasisPoints),
      10_000,
    );
    return {
      lineNumber: index + 1,
      itemCode: line.itemCode,
      description: line.description ?? item.description,
      productStatus: item.productStatus,
      quantityOrdered: line.quantityOrdered,
      quantityAllocated: 0,
      quantityDespatched: 0,
      quantityInvoiced: 0,
      quantityReturned: 0,
      unitNetMinor,
      discountBasisPoints,
      vatCode: line.vatCode,
      vatRateBasisPoints: vatRate,
      netMinor,
      vatMinor: divideRounded(netMinor * vatRate, 10_000),
      lineStatus: 'REQUESTED',
    };
  });
  if (problems.length > 0 || !customer) {
    throw unprocessable('The sales order was refused.', problems);
  }
  const accepted = lines as SalesOrderLineRecord[];
  const grossMinor = orderGrossMinor(accepted);
  const now = state.now();
  const order: SalesOrderRecord = {
    orderNumber: input.orderNumber ?? state.nextNumber('SO'),
    orderSource: input.orderSource,
    customerAccountCode: input.customerAccountCode,
    customerReference: input.customerReference,
    depotCode: input.depotCode,
    orderDate: input.orderDate ?? now,
    status: 'AWAITING_AUTHORISATION',
    authorisation: {
      required: !isTillSale,
      authorisedBy: null,
      authorisedAt: null,
      creditCheck:
        isTillSale || customer.balanceMinor + grossMinor <= customer.creditLimitMinor
          ? 'PASSED'
          : 'FAILED',
    },
    currency: input.currency,
    deliveryAddress: input.deliveryAddress,
    lines: accepted,
    modifiedAt: now,
  };
  if (isTillSale) completeTillSale(state, order);
  state.salesOrders.set(order.orderNumber, order);
  if (order.customerReference !== null) {
    const numbers = state.salesOrdersByReference.get(order.customerReference) ?? [];
    state.salesOrdersByReference.set(order.customerReference, [...numbers, order.orderNumber]);
  }
  return order;
}

/**
 * Authorises an order awaiting it: the customer's balance takes the order and stock lines are
 * allocated as far as the depot's available stock allows (the rest waits as requirements).
 */
export function authoriseSalesOrder(state: PrimaState, order: SalesOrderRecord, by: string): void {
  if (order.status !== 'AWAITING_AUTHORISATION') {
    throw unprocessable(
      `Order ${order.orderNumber} is ${order.status}, not awaiting authorisation.`,
    );
  }
  if (order.authorisation.creditCheck === 'FAILED') {
    throw unprocessable(
      `Order ${order.orderNumber} would take the customer over their credit limit.`,
    );
  }
  const customer = state.customers.get(order.customerAccountCode);
  if (customer) customer.balanceMinor += orderGrossMinor(order.lines);
  for (const line of order.lines) {
    if (line.productStatus === 'NON_STOCK') {
      line.quantityAllocated = line.quantityOrdered;
      line.lineStatus = 'ALLOCATED';
      continue;
    }
    const stock = state.stockAt(line.itemCode, order.depotCode);
    const allocation = Math.min(line.quantityOrdered, state.availableToSell(stock));
    state.touchStock(stock, { allocated: allocation });
    line.quantityAllocated = allocation;
    line.lineStatus = allocation === line.quantityOrdered ? 'ALLOCATED' : 'REQUESTED';
  }
  const now = state.now();
  order.status = 'AUTHORISED';
  order.authorisation.authorisedBy = by;
  order.authorisation.authorisedAt = now;
  order.modifiedAt = now;
}

/** Cancels an order not yet despatched, giving its allocations back to the depot. */
export function cancelSalesOrder(state: PrimaState, order: SalesOrderRecord): void {
  if (!['AWAITING_AUTHORISATION', 'AUTHORISED', 'OUTSTANDING'].includes(order.status)) {
    throw unprocessable(`Order ${order.orderNumber} is ${order.status} and cannot be cancelled.`);
  }
  for (const line of order.lines) {
    if (line.productStatus !== 'NON_STOCK' && line.quantityAllocated > 0) {
      state.touchStock(state.stockAt(line.itemCode, order.depotCode), {
        allocated: -line.quantityAllocated,
      });
    }
    line.quantityAllocated = 0;
    line.lineStatus = 'CANCELLED';
  }
  order.status = 'CANCELLED';
  order.modifiedAt = state.now();
}

export function orderGrossMinor(lines: readonly SalesOrderLineRecord[]): number {
  return lines.reduce((sum, line) => sum + line.netMinor + line.vatMinor, 0);
}

/** A till sale is paid and handed over: its store's stock moves now, and it is invoiced. */
function completeTillSale(state: PrimaState, order: SalesOrderRecord): void {
  for (const line of order.lines) {
    if (line.productStatus !== 'NON_STOCK') {
      state.touchStock(state.stockAt(line.itemCode, order.depotCode), {
        onHand: -line.quantityOrdered,
      });
    }
    line.quantityDespatched = line.quantityOrdered;
    line.quantityInvoiced = line.quantityOrdered;
    line.lineStatus = 'INVOICED';
  }
  order.status = 'COMPLETED';
}

function field(name: string, code: string, message: string): FieldProblem {
  return { field: name, code, message };
}
