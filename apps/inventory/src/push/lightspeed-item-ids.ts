import type { LightspeedClient } from '@parity/connectors';

/**
 * Lightspeed itemIDs by customSku (Parity's SKU), read from the item catalogue and kept: a
 * push needs the itemID, and one catalogue read (a unit per 100 items) is far cheaper than a
 * search per push in the account's slow budget. A SKU missing from a catalogue read before
 * the stock changed reloads it (the item may be new); missing from a later read, it is
 * unknown at the till.
 */
export class LightspeedItemIds {
  private ids = new Map<string, string>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly client: LightspeedClient,
    private readonly now: () => number = Date.now,
  ) {}

  /** The itemID of a SKU whose stock changed at `changedAt`, or undefined if the till lacks it. */
  async of(sku: string, changedAt: number): Promise<string | undefined> {
    const known = this.ids.get(sku);
    if (known !== undefined || this.loadedAt > changedAt) return known;
    await this.load();
    return this.ids.get(sku);
  }

  private load(): Promise<void> {
    this.loading ??= this.read().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async read(): Promise<void> {
    const startedAt = this.now();
    const ids = new Map<string, string>();
    for await (const page of this.client.items()) {
      for (const item of page) if (item.customSku) ids.set(item.customSku, item.itemID);
    }
    this.ids = ids;
    this.loadedAt = startedAt;
  }
}
