import { conflict, notFound, unprocessable, type FieldProblem } from './prima-problem';
import type { PurchaseOrderRecord, ReceiptNoteRecord } from './prima-records';
import type { ReceiptNoteInput } from './prima-schemas';
import type { PrimaState } from './prima-state';

const RECEIVABLE = new Set(['PURCHASED', 'AWAITING_RECEIPT', 'PART_RECEIVED']);

/**
 * Books goods in against a purchase order: received quantities go on hand at the depot and
 * come off order. Unknown PO: 404. Receiving more than was ordered: 422, nothing booked.
 */
export function createReceiptNote(
  state: PrimaState,
  poNumber: string,
  input: ReceiptNoteInput,
): ReceiptNoteRecord {
  const po = state.purchaseOrders.get(poNumber);
  if (!po) throw notFound(`No purchase order ${poNumber}.`);
  if (state.receiptNotes.has(input.receiptNoteNumber)) {
    throw conflict(`Receipt note ${input.receiptNoteNumber} already exists.`);
  }
  if (!RECEIVABLE.has(po.status)) {
    throw unprocessable(`Purchase order ${poNumber} is ${po.status} and cannot be received.`);
  }
  if (po.depotCode !== input.depotCode) {
    throw unprocessable(`Purchase order ${poNumber} is due at ${po.depotCode}.`, [
      { field: 'depotCode', code: 'WRONG_DEPOT', message: `expected ${po.depotCode}` },
    ]);
  }
  const problems = lineProblems(po, input);
  if (problems.length > 0) throw unprocessable('The receipt note was refused.', problems);

  for (const received of input.lines) {
    const line = po.lines.find((l) => l.lineNumber === received.poLineNumber);
    if (!line) continue;
    const stock = state.stockAt(line.itemCode, po.depotCode);
    state.touchStock(stock, {
      onHand: received.quantityReceived,
      onOrder: -Math.min(stock.onOrder, received.quantityReceived),
    });
    line.quantityReceived += received.quantityReceived;
  }
  const complete = po.lines.every((line) => line.quantityReceived >= line.quantityOrdered);
  po.status = complete ? 'RECEIVED' : 'PART_RECEIVED';
  po.modifiedAt = state.now();
  const note: ReceiptNoteRecord = { ...input, poNumber, createdAt: state.now() };
  state.receiptNotes.set(note.receiptNoteNumber, note);
  return note;
}

function lineProblems(po: PurchaseOrderRecord, input: ReceiptNoteInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const receiving = new Map<number, number>();
  input.lines.forEach((received, index) => {
    const at = `lines.${index}`;
    const line = po.lines.find((l) => l.lineNumber === received.poLineNumber);
    if (!line) {
      problems.push({ field: `${at}.poLineNumber`, code: 'UNKNOWN_LINE', message: 'no such line' });
      return;
    }
    if (line.itemCode !== received.itemCode) {
      problems.push({
        field: `${at}.itemCode`,
        code: 'ITEM_MISMATCH',
        message: `line is ${line.itemCode}`,
      });
    }
    const total = (receiving.get(line.lineNumber) ?? 0) + received.quantityReceived;
    receiving.set(line.lineNumber, total);
    const outstanding = line.quantityOrdered - line.quantityReceived;
    if (total > outstanding) {
      problems.push({
        field: `${at}.quantityReceived`,
        code: 'OVER_RECEIPT',
        message: `only ${outstanding} outstanding on line ${line.lineNumber}`,
      });
    }
  });
  return problems;
}
