import { conflict, unprocessable, type FieldProblem } from './prima-problem';
import type { DespatchNoteRecord, SalesOrderRecord } from './prima-records';
import type { DespatchNoteInput } from './prima-schemas';
import type { PrimaState } from './prima-state';

const DESPATCHABLE = new Set(['AUTHORISED', 'PART_DESPATCHED']);

/**
 * Books a despatch note against an authorised order: each line's despatched quantity grows,
 * its allocation is released and the depot's stock leaves. Refused whole (422) if any line
 * names no line of the order, a non-stock line, or more than is left to despatch.
 */
export function createDespatchNote(
  state: PrimaState,
  input: DespatchNoteInput,
): DespatchNoteRecord {
  if (state.despatchNotes.has(input.despatchNoteNumber)) {
    throw conflict(`Despatch note ${input.despatchNoteNumber} already exists.`);
  }
  const order = state.salesOrders.get(input.salesOrderNumber);
  if (!order) {
    throw unprocessable(`No sales order ${input.salesOrderNumber}.`, [
      { field: 'salesOrderNumber', code: 'UNKNOWN_ORDER', message: 'no such sales order' },
    ]);
  }
  if (!DESPATCHABLE.has(order.status)) {
    throw unprocessable(`Order ${order.orderNumber} is ${order.status} and cannot be despatched.`);
  }
  if (order.depotCode !== input.depotCode) {
    throw unprocessable(`Order ${order.orderNumber} is fulfilled from ${order.depotCode}.`, [
      { field: 'depotCode', code: 'WRONG_DEPOT', message: `expected ${order.depotCode}` },
    ]);
  }
  const problems = lineProblems(order, input);
  if (problems.length > 0) throw unprocessable('The despatch note was refused.', problems);

  for (const despatched of input.lines) {
    const line = order.lines.find((l) => l.lineNumber === despatched.salesOrderLineNumber);
    if (!line) continue;
    const released = Math.min(line.quantityAllocated, despatched.quantity);
    state.touchStock(state.stockAt(line.itemCode, order.depotCode), {
      onHand: -despatched.quantity,
      allocated: -released,
    });
    line.quantityAllocated -= released;
    line.quantityDespatched += despatched.quantity;
    if (line.quantityDespatched === line.quantityOrdered) line.lineStatus = 'DESPATCHED';
  }
  const stockLines = order.lines.filter((line) => line.productStatus !== 'NON_STOCK');
  const complete = stockLines.every((line) => line.quantityDespatched === line.quantityOrdered);
  if (complete) {
    for (const line of order.lines) line.lineStatus = 'DESPATCHED';
  }
  order.status = complete ? 'DESPATCHED' : 'PART_DESPATCHED';
  order.modifiedAt = state.now();
  const note: DespatchNoteRecord = { ...input, createdAt: state.now() };
  state.despatchNotes.set(note.despatchNoteNumber, note);
  return note;
}

function lineProblems(order: SalesOrderRecord, input: DespatchNoteInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const requested = new Map<number, number>();
  input.lines.forEach((despatched, index) => {
    const at = `lines.${index}`;
    const line = order.lines.find((l) => l.lineNumber === despatched.salesOrderLineNumber);
    if (!line) {
      problems.push({
        field: `${at}.salesOrderLineNumber`,
        code: 'UNKNOWN_LINE',
        message: 'no such line',
      });
      return;
    }
    if (line.itemCode !== despatched.itemCode) {
      problems.push({
        field: `${at}.itemCode`,
        code: 'ITEM_MISMATCH',
        message: `line is ${line.itemCode}`,
      });
    }
    if (line.productStatus === 'NON_STOCK') {
      problems.push({
        field: `${at}.itemCode`,
        code: 'NON_STOCK',
        message: 'non-stock lines are not despatched',
      });
    }
    if (despatched.quantity <= 0) {
      problems.push({
        field: `${at}.quantity`,
        code: 'NOT_POSITIVE',
        message: 'must be above zero',
      });
    }
    const total = (requested.get(line.lineNumber) ?? 0) + despatched.quantity;
    requested.set(line.lineNumber, total);
    const outstanding = line.quantityOrdered - line.quantityDespatched;
    if (total > outstanding) {
      problems.push({
        field: `${at}.quantity`,
        code: 'OVER_DESPATCH',
        message: `only ${outstanding} left to despatch on line ${line.lineNumber}`,
      });
    }
  });
  return problems;
}
