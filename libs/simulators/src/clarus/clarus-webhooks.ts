import type { WebhookSender } from '../platform/webhook-sender';

/** The Automations triggers the simulator fires; each automation posts to its own URL. */
export const CLARUS_TRIGGERS = [
  'sales-order-completed',
  'goods-in-completed',
  'stock-adjustment-positive',
  'stock-adjustment-negative',
  'stock-placed-on-hold',
  'stock-taken-off-hold',
] as const;
export type ClarusTrigger = (typeof CLARUS_TRIGGERS)[number];

export interface ClarusWebhookConfig {
  readonly subdomain: string;
  /** Base URL; each trigger's automation posts to `<url>/<trigger>` [ASSUMED]. */
  url: string | undefined;
  readonly automationIds: Readonly<Record<ClarusTrigger, string>>;
  readonly integrationId: string | undefined;
}

/**
 * Clarus Automations: a full record payload per trigger, identified only by the
 * X-ClarusWMS-* headers (no signature), delivered at least once.
 */
export class ClarusWebhooks {
  constructor(
    private readonly sender: WebhookSender,
    readonly config: ClarusWebhookConfig,
    private readonly onSent: () => void,
  ) {}

  fire(trigger: ClarusTrigger, record: object): void {
    const base = this.config.url;
    if (!base) return;
    this.onSent();
    this.sender.send({
      vendor: 'clarus',
      event: `clarus.${trigger}`,
      url: `${base.replace(/\/+$/, '')}/${trigger}`,
      method: 'POST',
      headers: this.headers(trigger),
      body: JSON.stringify(record),
    });
  }

  private headers(trigger: ClarusTrigger): Record<string, string> {
    const { subdomain, automationIds, integrationId } = this.config;
    return {
      'Content-Type': 'application/json',
      'X-ClarusWMS-Domain': `${subdomain}.claruswms.co.uk`,
      'X-ClarusWMS-API-Domain': 'clarus-api.com',
      'X-ClarusWMS-Subdomain': subdomain,
      'X-ClarusWMS-Automation-ID': automationIds[trigger],
      ...(integrationId ? { 'X-ClarusWMS-Integration-ID': integrationId } : {}),
    };
  }
}

/** One automation id per trigger unless configured: `auto-<trigger>`. */
export function defaultAutomationIds(
  given: Partial<Record<ClarusTrigger, string>> = {},
): Record<ClarusTrigger, string> {
  return Object.fromEntries(
    CLARUS_TRIGGERS.map((trigger) => [trigger, given[trigger] ?? `auto-${trigger}`]),
  ) as Record<ClarusTrigger, string>;
}
