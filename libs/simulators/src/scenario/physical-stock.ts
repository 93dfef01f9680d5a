/**
 * The true physical stock per location × SKU. In a simulation the driver is the only thing that
 * moves goods (Parity moves records, never boxes), so it knows this exactly: starting stock,
 * less what tills sold and online orders claimed, plus returns, receipts and adjustments.
 *
 * For a warehouse this is the WMS's available stock once every accepted online order is
 * allocated; reading the WMS instead would count orders Parity has not yet released as free.
 */
export class PhysicalStock {
  private readonly units = new Map<string, number>();

  set(location: string, sku: string, quantity: number): void {
    this.units.set(key(location, sku), quantity);
  }

  get(location: string, sku: string): number {
    return this.units.get(key(location, sku)) ?? 0;
  }

  add(location: string, sku: string, quantity: number): void {
    this.set(location, sku, this.get(location, sku) + quantity);
  }

  /**
   * Takes `quantity` units for a sale or an order and answers how many of them were not
   * physically there: the oversold units. Stock never goes below zero; a unit that is not
   * there cannot leave.
   */
  take(location: string, sku: string, quantity: number): number {
    const there = Math.max(0, this.get(location, sku));
    const taken = Math.min(there, quantity);
    this.set(location, sku, there - taken);
    return quantity - taken;
  }

  entries(): [location: string, sku: string, quantity: number][] {
    return [...this.units].map(([k, quantity]) => {
      const [location, sku] = k.split('|') as [string, string];
      return [location, sku, quantity];
    });
  }
}

const key = (location: string, sku: string) => `${location}|${sku}`;
