import {
  availabilityChanged,
  goodsReceived,
  packageDespatched,
  returnReceived,
  salesOrderStatusChanged,
  trackingNumberReceived,
} from './event-data';
import {
  WarehouseError,
  type CustomerReturn,
  type DespatchPackage,
  type GoodsIn,
  type ItemType,
  type PurchaseOrder,
  type PurchaseOrderLine,
  type SalesOrder,
  type SalesOrderLine,
  type SalesOrderStatus,
  type StockLevel,
  type WarehouseEvent,
} from './model';

export interface SalesOrderHeaderInput {
  readonly salesOrderNumber: string;
  readonly fields: Record<string, string>;
}

export type SalesOrderLineInput = Pick<
  SalesOrderLine,
  'line' | 'itemCode' | 'quantityOrdered' | 'salePrice'
>;

export interface PackageInput {
  readonly despatchNumber?: string;
  readonly carrier: string;
  readonly serviceType?: string;
  readonly trackingNumber?: string;
  readonly items: readonly { itemCode: string; quantity: number }[];
}

export interface ReturnInput {
  readonly salesOrderNumber: string;
  readonly items: readonly {
    itemCode: string;
    quantity: number;
    reason?: string;
    condition?: string;
  }[];
}

/**
 * The warehouse's state and the physical moves that change it: stock per item and site,
 * sales orders through allocation, picking and (partial) despatch, goods in, returns. Every
 * change is announced as a Peoplevox event through `emit`.
 */
export class Warehouse {
  readonly items = new Map<string, ItemType>();
  readonly orders = new Map<string, SalesOrder>();
  readonly purchaseOrders = new Map<string, PurchaseOrder>();
  readonly despatches: DespatchPackage[] = [];
  readonly goodsIns: GoodsIn[] = [];
  readonly returns: CustomerReturn[] = [];
  private readonly stock = new Map<string, StockLevel>();
  private historyId = 0;

  constructor(
    readonly sites: readonly string[],
    private readonly now: () => Date,
    private readonly emit: (event: WarehouseEvent) => void,
  ) {}

  /** Forgets everything but the history id, which, like the real one, never goes back. */
  clear(): void {
    this.items.clear();
    this.orders.clear();
    this.purchaseOrders.clear();
    this.stock.clear();
    this.despatches.length = 0;
    this.goodsIns.length = 0;
    this.returns.length = 0;
  }

  /** A barcode names one item: Peoplevox scans it to know what was picked [ASSUMED rule]. */
  saveItemType(item: ItemType): void {
    const holder = [...this.items.values()].find(
      (other) =>
        item.barcode !== '' && other.barcode === item.barcode && other.itemCode !== item.itemCode,
    );
    if (holder) {
      throw new WarehouseError(
        409,
        `Barcode ${item.barcode} is already used by item ${holder.itemCode}`,
      );
    }
    this.items.set(item.itemCode, item);
  }

  deleteItemType(itemCode: string): void {
    const onHand = this.sites.reduce((sum, site) => sum + this.level(itemCode, site).onHand, 0);
    if (onHand > 0)
      throw new WarehouseError(409, `Item ${itemCode} has stock and cannot be deleted`);
    this.items.delete(itemCode);
  }

  level(itemCode: string, site: string): StockLevel {
    return this.stock.get(`${site}\u0000${itemCode}`) ?? { onHand: 0, allocated: 0 };
  }

  /** A stock count: on hand set absolutely, never below what is allocated. */
  countStock(itemCode: string, site: string, onHand: number): void {
    this.requireItem(itemCode);
    this.requireSite(site);
    const level = this.level(itemCode, site);
    if (onHand < level.allocated) {
      throw new WarehouseError(409, `${level.allocated} of ${itemCode} are allocated at ${site}`);
    }
    this.changeStock(itemCode, site, { onHand: onHand - level.onHand });
  }

  /**
   * The Sales order template: creates the order at the default site (the template names no
   * site) or updates its header. An order without lines is not announced: it arrives, as far
   * as subscribers see, with its lines.
   */
  saveSalesOrderHeader(input: SalesOrderHeaderInput): SalesOrder {
    const existing = this.orders.get(input.salesOrderNumber);
    if (existing) {
      this.requireChangeable(existing);
      existing.fields = { ...existing.fields, ...input.fields };
      existing.lastModifiedAt = this.now();
      return existing;
    }
    const at = this.now();
    const order: SalesOrder = {
      salesOrderNumber: input.salesOrderNumber,
      siteReference: this.sites[0] as string,
      fields: { ...input.fields },
      status: 'New',
      picked: false,
      createdAt: at,
      lastModifiedAt: at,
      lines: [],
    };
    this.orders.set(order.salesOrderNumber, order);
    return order;
  }

  /**
   * The Sales order item template: adds or edits lines of an order that is not yet picked,
   * never removes one (Peoplevox's rule), then allocates unless told not to.
   */
  saveSalesOrderLines(
    orderNo: string,
    lines: readonly SalesOrderLineInput[],
    allocate: boolean,
  ): SalesOrder {
    const order = this.requireOrder(orderNo);
    this.requireChangeable(order);
    for (const line of lines) this.requireItem(line.itemCode);
    for (const line of lines) {
      const current = order.lines.find((candidate) => candidate.line === line.line);
      if (current && current.itemCode !== line.itemCode) {
        throw new WarehouseError(
          409,
          `Line ${line.line} is ${current.itemCode}; a line's item cannot change`,
        );
      }
    }
    const before = order.lines.length === 0 ? undefined : order.status;
    this.deallocate(order);
    for (const line of lines) {
      const current = order.lines.find((candidate) => candidate.line === line.line);
      if (current) Object.assign(current, line);
      else order.lines.push({ ...line, quantityAllocated: 0, quantityDespatched: 0 });
    }
    order.lastModifiedAt = this.now();
    if (allocate) this.allocateStock(order);
    this.settleStatus(order, before);
    return order;
  }

  savePurchaseOrderHeader(purchaseOrderNumber: string, fields: Record<string, string>): void {
    const existing = this.purchaseOrders.get(purchaseOrderNumber);
    if (existing) {
      existing.fields = { ...existing.fields, ...fields };
      return;
    }
    this.purchaseOrders.set(purchaseOrderNumber, {
      purchaseOrderNumber,
      fields: { ...fields },
      status: 'Open',
      createdAt: this.now(),
      lines: [],
    });
  }

  /** Adds or edits the lines of a purchase order nothing has been booked in against yet. */
  savePurchaseOrderLines(
    purchaseOrderNumber: string,
    lines: readonly Pick<PurchaseOrderLine, 'line' | 'itemCode' | 'quantity' | 'costPrice'>[],
  ): void {
    const order = this.purchaseOrders.get(purchaseOrderNumber);
    if (!order) {
      throw new WarehouseError(404, `Purchase order ${purchaseOrderNumber} does not exist`);
    }
    if (order.status !== 'Open') {
      throw new WarehouseError(
        409,
        `Purchase order ${purchaseOrderNumber} is ${order.status} and cannot be changed`,
      );
    }
    for (const line of lines) this.requireItem(line.itemCode);
    for (const line of lines) {
      const current = order.lines.find((candidate) => candidate.line === line.line);
      if (current) Object.assign(current, line);
      else order.lines.push({ ...line, quantityReceived: 0 });
    }
  }

  cancel(orderNo: string): void {
    const order = this.requireOrder(orderNo);
    if (order.lines.some((line) => line.quantityDespatched > 0)) {
      throw new WarehouseError(
        409,
        `Sales order ${orderNo} has despatched and cannot be cancelled`,
      );
    }
    const before = order.status;
    this.deallocate(order);
    order.status = 'Cancelled';
    this.settleStatus(order, before);
  }

  allocate(orderNo: string): SalesOrder {
    const order = this.requireOpenOrder(orderNo);
    const before = order.status;
    this.allocateStock(order);
    this.settleStatus(order, before);
    return order;
  }

  pick(orderNo: string): SalesOrder {
    const order = this.requireOpenOrder(orderNo);
    if (order.status !== 'Allocated') {
      throw new WarehouseError(409, `Sales order ${orderNo} is ${order.status}, not Allocated`);
    }
    order.picked = true;
    this.settleStatus(order, 'Allocated');
    return order;
  }

  /** One package leaves with some of the order's allocated units: a partial despatch unless it is the last. */
  despatch(orderNo: string, input: PackageInput): DespatchPackage {
    const order = this.requireOpenOrder(orderNo);
    const despatchNumber = input.despatchNumber ?? `${orderNo}-${this.despatches.length + 1}`;
    if (this.despatches.some((despatch) => despatch.despatchNumber === despatchNumber)) {
      throw new WarehouseError(409, `Despatch ${despatchNumber} already exists`);
    }
    if (input.items.length === 0) throw new WarehouseError(400, 'A package needs items');
    const items = input.items.map(({ itemCode, quantity }) => {
      requirePositive(itemCode, quantity);
      const line = order.lines.find(
        (c) => c.itemCode === itemCode && c.quantityAllocated >= quantity,
      );
      if (!line) {
        throw new WarehouseError(409, `${quantity} of ${itemCode} are not allocated to ${orderNo}`);
      }
      return { line, quantity };
    });
    const before = order.status;
    for (const { line, quantity } of items) {
      line.quantityAllocated -= quantity;
      line.quantityDespatched += quantity;
      this.changeStock(line.itemCode, order.siteReference, {
        onHand: -quantity,
        allocated: -quantity,
      });
    }
    const despatch: DespatchPackage = {
      despatchNumber,
      salesOrderNumber: orderNo,
      siteReference: order.siteReference,
      carrier: input.carrier,
      serviceType: input.serviceType ?? '',
      trackingNumber: input.trackingNumber ?? '',
      despatchedAt: this.now(),
      items: items.map(({ line, quantity }) => ({
        line: line.line,
        itemCode: line.itemCode,
        quantity,
      })),
    };
    this.despatches.push(despatch);
    if (despatch.trackingNumber) {
      this.emit(trackingNumberReceived(despatch, order.fields['Email'] ?? ''));
    }
    this.emit(packageDespatched(despatch));
    order.lastModifiedAt = despatch.despatchedAt;
    this.settleStatus(order, before);
    return despatch;
  }

  receive(reference: string, site: string, items: GoodsIn['items']): GoodsIn {
    this.requireSite(site);
    if (reference.trim() === '')
      throw new WarehouseError(400, 'Goods in need a purchase order reference');
    if (items.length === 0) throw new WarehouseError(400, 'Goods in need items');
    for (const item of items) {
      this.requireItem(item.itemCode);
      requirePositive(item.itemCode, item.quantity);
    }
    const purchaseOrder = this.purchaseOrders.get(reference);
    if (purchaseOrder) this.bookAgainst(purchaseOrder, items);
    const goodsIn: GoodsIn = {
      goodsInId: this.goodsIns.length + 1,
      reference,
      siteReference: site,
      reconciledAt: this.now(),
      items: items.map(({ itemCode, quantity }) => ({ itemCode, quantity })),
    };
    this.goodsIns.push(goodsIn);
    for (const item of items) this.changeStock(item.itemCode, site, { onHand: item.quantity });
    this.emit(goodsReceived(goodsIn));
    return goodsIn;
  }

  recordReturn(input: ReturnInput): CustomerReturn {
    const order = this.requireOrder(input.salesOrderNumber);
    if (input.items.length === 0) throw new WarehouseError(400, 'A return needs items');
    const items = input.items.map((item) => {
      requirePositive(item.itemCode, item.quantity);
      const line = order.lines.find(
        (c) => c.itemCode === item.itemCode && c.quantityDespatched >= item.quantity,
      );
      if (!line)
        throw new WarehouseError(
          409,
          `${item.quantity} of ${item.itemCode} were never despatched on ${order.salesOrderNumber}`,
        );
      return {
        line: line.line,
        itemCode: item.itemCode,
        quantity: item.quantity,
        reason: item.reason ?? '',
        condition: item.condition ?? 'NEW',
      };
    });
    const received: CustomerReturn = {
      returnCode: `RET${this.returns.length + 1}`,
      salesOrderNumber: order.salesOrderNumber,
      siteReference: order.siteReference,
      returnedAt: this.now(),
      items,
    };
    this.returns.push(received);
    for (const item of items) {
      if (item.condition === 'NEW')
        this.changeStock(item.itemCode, order.siteReference, { onHand: item.quantity });
    }
    this.emit(returnReceived(received));
    return received;
  }

  /**
   * Goods in against a pre-receipt: only its items are taken, each booked onto its lines in
   * line order. A reference with no purchase order is an unplanned receipt, taken as it comes.
   */
  private bookAgainst(order: PurchaseOrder, items: GoodsIn['items']): void {
    const stranger = items.find((item) => !order.lines.some((l) => l.itemCode === item.itemCode));
    if (stranger) {
      throw new WarehouseError(
        409,
        `Item ${stranger.itemCode} is not on purchase order ${order.purchaseOrderNumber}`,
      );
    }
    for (const item of items) {
      const lines = order.lines.filter((line) => line.itemCode === item.itemCode);
      let left = item.quantity;
      for (const line of lines) {
        const taken =
          line === lines.at(-1) ? left : Math.min(left, line.quantity - line.quantityReceived);
        line.quantityReceived += Math.max(0, taken);
        left -= Math.max(0, taken);
      }
    }
    const received = order.lines.every((line) => line.quantityReceived >= line.quantity);
    order.status = received ? 'Received' : 'Partially received';
  }

  private requireChangeable(order: SalesOrder): void {
    if (!['New', 'Partially allocated', 'Allocated'].includes(order.status)) {
      throw new WarehouseError(
        409,
        `Sales order ${order.salesOrderNumber} is ${order.status} and cannot be changed`,
      );
    }
  }

  private allocateStock(order: SalesOrder): void {
    for (const line of order.lines) {
      const wanted = line.quantityOrdered - line.quantityAllocated - line.quantityDespatched;
      const level = this.level(line.itemCode, order.siteReference);
      const quantity = Math.min(wanted, level.onHand - level.allocated);
      if (quantity <= 0) continue;
      line.quantityAllocated += quantity;
      this.changeStock(line.itemCode, order.siteReference, { allocated: quantity });
    }
  }

  private deallocate(order: SalesOrder): void {
    for (const line of order.lines) {
      if (line.quantityAllocated === 0) continue;
      this.changeStock(line.itemCode, order.siteReference, { allocated: -line.quantityAllocated });
      line.quantityAllocated = 0;
    }
  }

  private changeStock(itemCode: string, site: string, delta: Partial<StockLevel>): void {
    const level = this.level(itemCode, site);
    const next = {
      onHand: level.onHand + (delta.onHand ?? 0),
      allocated: level.allocated + (delta.allocated ?? 0),
    };
    this.stock.set(`${site}\u0000${itemCode}`, next);
    this.historyId += 1;
    this.emit(
      availabilityChanged(this.requireItem(itemCode), site, next, this.historyId, this.now()),
    );
  }

  private settleStatus(order: SalesOrder, before: SalesOrderStatus | undefined): void {
    order.status = statusOf(order);
    if (order.status === before) return;
    order.lastModifiedAt = this.now();
    this.emit(salesOrderStatusChanged(order));
  }

  private requireItem(itemCode: string): ItemType {
    const item = this.items.get(itemCode);
    if (!item) throw new WarehouseError(404, `Item code ${itemCode} does not exist`);
    return item;
  }

  private requireSite(site: string): void {
    if (!this.sites.includes(site)) throw new WarehouseError(400, `Site ${site} does not exist`);
  }

  private requireOrder(orderNo: string): SalesOrder {
    const order = this.orders.get(orderNo);
    if (!order) throw new WarehouseError(404, `Sales order ${orderNo} does not exist`);
    return order;
  }

  private requireOpenOrder(orderNo: string): SalesOrder {
    const order = this.requireOrder(orderNo);
    if (order.status === 'Cancelled' || order.status === 'Despatched') {
      throw new WarehouseError(409, `Sales order ${orderNo} is ${order.status}`);
    }
    return order;
  }
}

function requirePositive(itemCode: string, quantity: number): void {
  if (!Number.isInteger(quantity) || quantity <= 0) {
    throw new WarehouseError(400, `Quantity of ${itemCode} must be a positive whole number`);
  }
}

function statusOf(order: SalesOrder): SalesOrderStatus {
  if (order.status === 'Cancelled') return 'Cancelled';
  const total = (pick: (line: SalesOrderLine) => number) =>
    order.lines.reduce((sum, line) => sum + pick(line), 0);
  const ordered = total((line) => line.quantityOrdered);
  const despatched = total((line) => line.quantityDespatched);
  const allocated = total((line) => line.quantityAllocated);
  if (ordered === 0) return 'New';
  if (despatched >= ordered) return 'Despatched';
  if (despatched > 0) return 'Partially despatched';
  if (order.picked && allocated + despatched >= ordered) return 'Picked';
  if (allocated >= ordered) return 'Allocated';
  return allocated > 0 ? 'Partially allocated' : 'New';
}
