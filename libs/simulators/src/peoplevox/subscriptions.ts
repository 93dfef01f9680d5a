import type { WebhookSender } from '../platform/webhook-sender';
import type { EventData, EventType, WarehouseEvent } from './model';
import type { RowPredicate } from './search-clause';

export interface Subscription {
  readonly subscriptionId: number;
  readonly eventType: EventType;
  readonly filter: string;
  readonly callbackUrl: string;
  readonly encodeParameterData: boolean;
}

/**
 * SubscribeEvent's registry and delivery: for each event of a subscribed type, the callback
 * URL template gets its `{Field.Path}` placeholders replaced by the event's values and is
 * called with GET. Collection paths give one value per element, comma-joined. Without
 * encodeParameterData the values go in raw, so a `&` or space breaks the URL as it does live.
 */
export class Subscriptions {
  private readonly entries = new Map<number, Subscription & { matches: RowPredicate }>();
  private nextId = 1;

  constructor(private readonly webhooks: WebhookSender) {}

  add(subscription: Omit<Subscription, 'subscriptionId'>, matches: RowPredicate): number {
    const subscriptionId = this.nextId++;
    this.entries.set(subscriptionId, { ...subscription, subscriptionId, matches });
    return subscriptionId;
  }

  remove(subscriptionId: number): boolean {
    return this.entries.delete(subscriptionId);
  }

  list(): Subscription[] {
    return [...this.entries.values()].map(({ matches: _matches, ...subscription }) => subscription);
  }

  clear(): void {
    this.entries.clear();
    this.nextId = 1;
  }

  publish(event: WarehouseEvent): void {
    for (const subscription of this.entries.values()) {
      if (subscription.eventType !== event.type) continue;
      if (!subscription.matches((field) => single(event.data[field]))) continue;
      this.webhooks.send({
        vendor: 'peoplevox',
        event: `peoplevox.${event.type}`,
        method: 'GET',
        url: substitute(subscription.callbackUrl, event.data, subscription.encodeParameterData),
      });
    }
  }
}

export function substitute(template: string, data: EventData, encode: boolean): string {
  return template.replace(/\{([\w.]+)\}/g, (placeholder, path: string) => {
    const value = data[path];
    if (value === undefined) return placeholder;
    const values = typeof value === 'string' ? [value] : value;
    return values.map((v) => (encode ? encodeURIComponent(v) : v)).join(',');
  });
}

function single(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.join(',');
}
