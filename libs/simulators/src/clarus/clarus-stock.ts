/** A stock rule the warehouse would refuse, answered 422 with the reason. */
export class StockRuleViolation extends Error {}

interface Bucket {
  on_hand: number;
  allocated: number;
  on_hold: number;
}

export interface Levels extends Bucket {
  available: number;
}

/**
 * Clarus's stock per product × warehouse: on hand (holds included), allocated to open orders
 * and on hold. Available is what is left to allocate or hold, never below zero.
 */
export class ClarusStock {
  private readonly buckets = new Map<string, Bucket>();

  levels(productId: number, warehouse: string): Levels {
    const bucket = this.bucket(productId, warehouse);
    return { ...bucket, available: availableIn(bucket) };
  }

  /** Every product × warehouse with stock ever recorded. */
  entries(): { productId: number; warehouse: string; levels: Levels }[] {
    return [...this.buckets.entries()].map(([key, bucket]) => {
      const [productId, warehouse] = splitKey(key);
      return { productId, warehouse, levels: { ...bucket, available: availableIn(bucket) } };
    });
  }

  /** Seeding: sets on hand outright, as a stock take would. */
  setOnHand(productId: number, warehouse: string, onHand: number): void {
    const bucket = this.bucket(productId, warehouse);
    if (onHand < bucket.allocated + bucket.on_hold) {
      throw new StockRuleViolation('on hand cannot fall below allocated plus on hold stock');
    }
    bucket.on_hand = onHand;
  }

  adjust(productId: number, warehouse: string, delta: number): void {
    const bucket = this.bucket(productId, warehouse);
    if (delta < 0 && -delta > availableIn(bucket)) {
      throw new StockRuleViolation(`only ${availableIn(bucket)} available to adjust down`);
    }
    bucket.on_hand += delta;
  }

  hold(productId: number, warehouse: string, quantity: number): void {
    const bucket = this.bucket(productId, warehouse);
    if (quantity > availableIn(bucket)) {
      throw new StockRuleViolation(`only ${availableIn(bucket)} available to place on hold`);
    }
    bucket.on_hold += quantity;
  }

  release(productId: number, warehouse: string, quantity: number): void {
    this.bucket(productId, warehouse).on_hold -= quantity;
  }

  /** Allocates what is available, up to `quantity`; returns how much was allocated. */
  allocate(productId: number, warehouse: string, quantity: number): number {
    const bucket = this.bucket(productId, warehouse);
    const allocated = Math.min(quantity, availableIn(bucket));
    bucket.allocated += allocated;
    return allocated;
  }

  /** An order's allocation handed back (cancelled, or changed and allocated afresh). */
  deallocate(productId: number, warehouse: string, quantity: number): void {
    this.bucket(productId, warehouse).allocated -= quantity;
  }

  /** Dispatched goods leave the building and their allocation with them. */
  dispatch(productId: number, warehouse: string, allocated: number, dispatched: number): void {
    const bucket = this.bucket(productId, warehouse);
    bucket.allocated -= allocated;
    bucket.on_hand -= dispatched;
  }

  receive(productId: number, warehouse: string, received: number, onHold: number): void {
    const bucket = this.bucket(productId, warehouse);
    bucket.on_hand += received;
    bucket.on_hold += onHold;
  }

  clear(): void {
    this.buckets.clear();
  }

  private bucket(productId: number, warehouse: string): Bucket {
    const key = `${productId}|${warehouse}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { on_hand: 0, allocated: 0, on_hold: 0 };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}

function availableIn(bucket: Bucket): number {
  return Math.max(0, bucket.on_hand - bucket.allocated - bucket.on_hold);
}

function splitKey(key: string): [number, string] {
  const separator = key.indexOf('|');
  return [Number(key.slice(0, separator)), key.slice(separator + 1)];
}
