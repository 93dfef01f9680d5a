import { divideRounded } from './prima-money';
import { conflict, unprocessable, type FieldProblem } from './prima-problem';
import type {
  CreditNoteRecord,
  ReturnAuthorisationRecord,
  SalesOrderRecord,
} from './prima-records';
import type { ReturnAuthorisationInput } from './prima-schemas';
import type { PrimaState } from './prima-state';

/**
 * A return authorisation against an order Prima despatched, and the credit note it raises:
 * each returned unit is credited at its line's net after discount (pro rata, rounded once)
 * plus VAT at the line's rate. Resaleable goods go back on hand at the order's depot.
 */
export function createReturnAuthorisation(
  state: PrimaState,
  input: ReturnAuthorisationInput,
): ReturnAuthorisationRecord {
  if (state.returnAuthorisations.has(input.raNumber)) {
    throw conflict(`Return authorisation ${input.raNumber} already exists.`);
  }
  const order = state.salesOrders.get(input.originalSalesOrderNumber);
  if (!order) {
    throw unprocessable(`No sales order ${input.originalSalesOrderNumber}.`, [
      { field: 'originalSalesOrderNumber', code: 'UNKNOWN_ORDER', message: 'no such sales order' },
    ]);
  }
  if (order.customerAccountCode !== input.customerAccountCode) {
    throw unprocessable(`Order ${order.orderNumber} belongs to another customer.`, [
      {
        field: 'customerAccountCode',
        code: 'CUSTOMER_MISMATCH',
        message: 'not the order customer',
      },
    ]);
  }
  const problems = lineProblems(order, input);
  if (problems.length > 0) throw unprocessable('The return authorisation was refused.', problems);

  const creditLines = input.lines.map((returned) => {
    const line = order.lines.find(
      (l) =>
        l.itemCode === returned.itemCode &&
        l.quantityDespatched - l.quantityReturned >= returned.quantity,
    );
    if (!line) throw unprocessable(`Nothing left to return of ${returned.itemCode}.`);
    line.quantityReturned += returned.quantity;
    if (returned.condition === 'RESALEABLE' && line.productStatus !== 'NON_STOCK') {
      state.touchStock(state.stockAt(line.itemCode, order.depotCode), {
        onHand: returned.quantity,
      });
    }
    const netMinor = divideRounded(line.netMinor * returned.quantity, line.quantityOrdered);
    return {
      itemCode: returned.itemCode,
      quantity: returned.quantity,
      netMinor,
      vatMinor: divideRounded(netMinor * line.vatRateBasisPoints, 10_000),
    };
  });
  const createdAt = state.now();
  const creditNote: CreditNoteRecord = {
    creditNoteNumber: state.nextNumber('CN'),
    raNumber: input.raNumber,
    currency: order.currency,
    lines: creditLines,
    createdAt,
  };
  const customer = state.customers.get(order.customerAccountCode);
  if (customer) customer.balanceMinor -= creditNoteTotalMinor(creditNote);
  state.creditNotes.set(creditNote.creditNoteNumber, creditNote);
  order.modifiedAt = createdAt;
  const ra: ReturnAuthorisationRecord = {
    ...input,
    creditNoteNumber: creditNote.creditNoteNumber,
    createdAt,
  };
  state.returnAuthorisations.set(ra.raNumber, ra);
  return ra;
}

export function creditNoteTotalMinor(note: CreditNoteRecord): number {
  return note.lines.reduce((sum, line) => sum + line.netMinor + line.vatMinor, 0);
}

function lineProblems(order: SalesOrderRecord, input: ReturnAuthorisationInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const returning = new Map<string, number>();
  input.lines.forEach((returned, index) => {
    const lines = order.lines.filter((line) => line.itemCode === returned.itemCode);
    if (lines.length === 0) {
      problems.push({
        field: `lines.${index}.itemCode`,
        code: 'NOT_ON_ORDER',
        message: 'not on the order',
      });
      return;
    }
    const returnable = lines.reduce((sum, l) => sum + l.quantityDespatched - l.quantityReturned, 0);
    const total = (returning.get(returned.itemCode) ?? 0) + returned.quantity;
    returning.set(returned.itemCode, total);
    if (total > returnable) {
      problems.push({
        field: `lines.${index}.quantity`,
        code: 'OVER_RETURN',
        message: `only ${returnable} despatched and not yet returned`,
      });
    }
  });
  return problems;
}
