/**
 * The callback URLs Parity registers with Peoplevox's SubscribeEvent, one per event type, and
 * the placeholders each asks Peoplevox to fill. Edge's route and the subscribe call both read
 * them from here, so what is asked for and what is parsed cannot drift apart. Query parameter
 * names are the Peoplevox field paths themselves. Fields beyond the placeholders documented in
 * vendor-apis.md §3.4 (site, history id, lines) are [ASSUMED] there.
 */
export const PEOPLEVOX_CALLBACK_TEMPLATES = {
  AvailabilityChanges: {
    path: 'availability',
    fields: [
      'ItemCode',
      'Available',
      'OnHand',
      'Allocated',
      'SiteReference',
      'HistoryId',
      'Timestamp',
    ],
  },
  SalesOrderStatusChanges: {
    path: 'sales-order-status',
    fields: [
      'SalesOrderNumber',
      'SalesOrderStatus.Name',
      'LastModificationTime',
      'SiteReference',
      'Lines.Line',
      'Lines.ItemCode',
      'Lines.QuantityAllocated',
    ],
  },
  GoodsReceived: {
    path: 'goods-received',
    fields: [
      'GoodsInId',
      'Reference',
      'ReconciledDateTime',
      'SiteReference',
      'Consignments.ConsignmentItemTypes.ItemType.ItemCode',
      'Consignments.ConsignmentItemTypes.Quantity',
    ],
  },
  TrackingNumberReceived: {
    path: 'tracking-number',
    fields: [
      'DespatchNumber',
      'TrackingNumber',
      'Carrier.Number',
      'ServiceType.Code',
      'Picks.SalesOrder.SalesOrderNumber',
      'SiteReference',
      'Timestamp',
    ],
  },
  DespatchPackageDespatched: {
    path: 'package-despatched',
    fields: [
      'SalesOrderNumber',
      'DespatchNumber',
      'DespatchDate',
      'Carrier',
      'ServiceType',
      'TrackingNumber',
      'SiteReference',
      'Items.Line',
      'Items.ItemCode',
      'Items.Quantity',
    ],
  },
  Returns: {
    path: 'returns',
    fields: [
      'ReturnCode',
      'SalesOrderNumber',
      'ReturnDate',
      'SiteReference',
      'Items.Line',
      'Items.ItemCode',
      'Items.Quantity',
      'Items.ReturnReason',
      'Items.ReturnCondition',
    ],
  },
} as const satisfies Record<string, { path: string; fields: readonly string[] }>;

export type PeoplevoxCallbackEvent = keyof typeof PEOPLEVOX_CALLBACK_TEMPLATES;

/**
 * The URL template to register for an event. `baseUrl` is edge's callback root for Peoplevox,
 * secret path segment included (Peoplevox signs nothing). Register with encodeParameterData on.
 */
export function peoplevoxCallbackTemplate(baseUrl: string, event: PeoplevoxCallbackEvent): string {
  const { path, fields } = PEOPLEVOX_CALLBACK_TEMPLATES[event];
  const query = fields.map((field) => `${field}={${field}}`).join('&');
  return `${baseUrl.replace(/\/$/, '')}/${path}?${query}`;
}

/** The event a callback path segment belongs to, for edge's route. */
export function peoplevoxCallbackEventFor(path: string): PeoplevoxCallbackEvent | undefined {
  const entry = Object.entries(PEOPLEVOX_CALLBACK_TEMPLATES).find(
    ([, template]) => template.path === path,
  );
  return entry?.[0] as PeoplevoxCallbackEvent | undefined;
}
