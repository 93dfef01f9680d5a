import {
  summary,
  type GoodsInLine,
  type GoodsInReceipt,
  type Product,
  type SalesOrder,
  type StockAdjustment,
  type StockHold,
} from './clarus-records';
import { StockRuleViolation } from './clarus-stock';
import type { ClarusStore } from './clarus-store';
import type { ClarusWebhooks } from './clarus-webhooks';

/** Something the admin asked for that does not exist: answered 404. */
export class NotInClarus extends Error {}
/** A document already in its final state: answered 409. */
export class AlreadyDone extends Error {}

export interface Shipment {
  carrier: string;
  service?: string;
  tracking_numbers?: string[];
  tracking_url?: string;
}

export interface ReceivedLine {
  /** external_system_reference1 or Clarus sku. */
  product: string;
  received_quantity: number;
  on_hold_quantity?: number;
  line_number?: number;
}

/**
 * What happens on the warehouse floor: dispatching, receiving, counting, holding. Each changes
 * stock and fires the automation Clarus would, with the full record as payload.
 */
export class ClarusWarehouse {
  constructor(
    private readonly store: ClarusStore,
    private readonly webhooks: ClarusWebhooks,
  ) {}

  /**
   * The floor starts picking: every allocated unit (allocating what it still can first) is
   * picked, and from now on the order can no longer be changed or cancelled through the API.
   */
  pick(reference: string): SalesOrder {
    const order = this.store.salesOrderByReference(reference);
    if (!order) throw new NotInClarus(`no sales order ${reference}`);
    if (order.status !== 'open') throw new AlreadyDone(`${reference} is ${order.status}`);
    for (const line of order.lines) {
      const missing = line.quantity - line.allocated_quantity;
      line.allocated_quantity += this.store.stock.allocate(
        line.product.id,
        order.warehouse,
        missing,
      );
      line.picked_quantity = line.allocated_quantity;
    }
    Object.assign(order, {
      status: 'picking',
      updated_at: this.store.timestamp(),
      version: order.version + 1,
    });
    return order;
  }

  /** Picks (if the floor has not yet) and dispatches every allocated unit. */
  dispatch(reference: string, shipment: Shipment): SalesOrder {
    const order = this.store.salesOrderByReference(reference);
    if (!order) throw new NotInClarus(`no sales order ${reference}`);
    if (order.status === 'open') this.pick(reference);
    if (order.status !== 'picking') throw new AlreadyDone(`${reference} is ${order.status}`);
    for (const line of order.lines) {
      this.store.stock.dispatch(
        line.product.id,
        order.warehouse,
        line.allocated_quantity,
        line.allocated_quantity,
      );
      line.picked_quantity = line.allocated_quantity;
      line.dispatched_quantity = line.allocated_quantity;
    }
    const at = this.store.timestamp();
    Object.assign(order, {
      status: 'dispatched',
      carrier: shipment.carrier,
      service: shipment.service ?? null,
      tracking_numbers: shipment.tracking_numbers ?? [],
      tracking_url: shipment.tracking_url ?? null,
      dispatched_at: at,
      updated_at: at,
      version: order.version + 1,
    });
    this.webhooks.fire('sales-order-completed', order);
    return order;
  }

  /**
   * Completes and puts away a goods-in receipt. A reference Clarus has no pre-receipt for
   * (a PO Parity never sent) is booked as an unplanned receipt, as warehouses do.
   */
  completeGoodsIn(reference: string, warehouse: string | undefined, lines?: ReceivedLine[]) {
    const existing = this.store.receiptByReference(reference);
    if (existing?.status === 'completed') throw new AlreadyDone(`${reference} is completed`);
    if (!existing && !lines?.length) {
      throw new StockRuleViolation(`no pre-receipt ${reference}: say what was received`);
    }
    const received = lines?.map((line) => ({ ...line, record: this.product(line.product) }));
    const receipt = existing ?? this.unplanned(reference, warehouse);
    if (received) this.record(receipt, received);
    else for (const line of receipt.lines) line.received_quantity = line.expected_quantity;
    for (const line of receipt.lines) {
      this.store.stock.receive(
        line.product.id,
        receipt.warehouse,
        line.received_quantity,
        line.on_hold_quantity,
      );
    }
    const at = this.store.timestamp();
    Object.assign(receipt, {
      status: 'completed',
      completed_at: at,
      updated_at: at,
      version: receipt.version + 1,
    });
    this.webhooks.fire('goods-in-completed', receipt);
    return receipt;
  }

  adjust(productRef: string, warehouse: string, quantity: number, reason: string): StockAdjustment {
    const product = this.product(productRef);
    this.store.stock.adjust(product.id, this.warehouse(warehouse), quantity);
    const adjustment: StockAdjustment = {
      id: this.store.nextId('adjustment'),
      movement_id: this.store.nextMovementId(),
      direction: quantity >= 0 ? 'positive' : 'negative',
      quantity: Math.abs(quantity),
      reason,
      product: summary(product),
      warehouse,
      created_at: this.store.timestamp(),
    };
    this.store.adjustments.set(adjustment.id, adjustment);
    this.webhooks.fire(`stock-adjustment-${adjustment.direction}`, adjustment);
    return adjustment;
  }

  placeHold(productRef: string, warehouse: string, quantity: number, reason: string): StockHold {
    const product = this.product(productRef);
    this.store.stock.hold(product.id, this.warehouse(warehouse), quantity);
    const at = this.store.timestamp();
    const hold: StockHold = {
      id: this.store.nextId('hold'),
      status: 'on_hold',
      quantity,
      reason,
      product: summary(product),
      warehouse,
      movements: this.transfer(quantity, 'available', 'on_hold'),
      created_at: at,
      updated_at: at,
    };
    this.store.holds.set(hold.id, hold);
    this.webhooks.fire('stock-placed-on-hold', hold);
    return hold;
  }

  releaseHold(holdId: number): StockHold {
    const hold = this.store.holds.get(holdId);
    if (!hold) throw new NotInClarus(`no hold ${holdId}`);
    if (hold.status === 'released') throw new AlreadyDone(`hold ${holdId} is released`);
    this.store.stock.release(hold.product.id, hold.warehouse, hold.quantity);
    Object.assign(hold, {
      status: 'released',
      movements: this.transfer(hold.quantity, 'on_hold', 'available'),
      updated_at: this.store.timestamp(),
    });
    this.webhooks.fire('stock-taken-off-hold', hold);
    return hold;
  }

  /** A status change is two ledger lines, each with its own movement id, out before in. */
  private transfer(quantity: number, from: 'available' | 'on_hold', to: 'available' | 'on_hold') {
    return [
      { movement_id: this.store.nextMovementId(), status: from, quantity: -quantity },
      { movement_id: this.store.nextMovementId(), status: to, quantity },
    ];
  }

  private record(receipt: GoodsInReceipt, lines: (ReceivedLine & { record: Product })[]): void {
    for (const received of lines) {
      const product = received.record;
      let line = receipt.lines.find((candidate) => candidate.product.id === product.id);
      if (!line) {
        line = this.unexpectedLine(product, received.line_number);
        receipt.lines.push(line);
      }
      line.received_quantity = received.received_quantity;
      line.on_hold_quantity = received.on_hold_quantity ?? 0;
    }
  }

  private unplanned(reference: string, warehouse: string | undefined): GoodsInReceipt {
    const at = this.store.timestamp();
    const receipt: GoodsInReceipt = {
      id: this.store.nextId('receipt'),
      reference,
      warehouse: this.warehouse(warehouse ?? ''),
      account: null,
      expected_date: null,
      status: 'awaiting',
      completed_at: null,
      version: 1,
      lines: [],
      created_at: at,
      updated_at: at,
    };
    this.store.receipts.set(receipt.id, receipt);
    return receipt;
  }

  private unexpectedLine(product: Product, lineNumber: number | undefined): GoodsInLine {
    return {
      id: this.store.nextId('line'),
      line_number: lineNumber ?? null,
      product: summary(product),
      storage_unit_id: null,
      expected_quantity: 0,
      received_quantity: 0,
      on_hold_quantity: 0,
    };
  }

  /** The product staff mean by a reference or sku; 404 otherwise. */
  product(reference: string): Product {
    const product = this.store.findProduct(reference);
    if (!product) throw new NotInClarus(`no product ${reference}`);
    return product;
  }

  /** A warehouse of this domain; 422 otherwise. */
  warehouse(code: string): string {
    if (!this.store.warehouses.includes(code)) {
      throw new StockRuleViolation(`unknown warehouse ${code || '(none)'}`);
    }
    return code;
  }
}
