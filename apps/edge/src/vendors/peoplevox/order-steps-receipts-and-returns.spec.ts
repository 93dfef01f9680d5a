import { normalisePeoplevoxCallback } from './normalise-peoplevox-callback';
import { peoplevoxCallbackEventFor, peoplevoxCallbackTemplate } from '@parity/connectors';
import { pvxQuery, pvxTestContext } from './peoplevox-test-context';

const status = (name: string) =>
  pvxQuery({
    SalesOrderNumber: 'SO-1',
    'SalesOrderStatus.Name': name,
    LastModificationTime: '02/02/2026 09:00',
    SiteReference: 'PrimarySite',
    'Lines.Line': ['1', '2'],
    'Lines.ItemCode': ['A', 'B'],
    'Lines.QuantityAllocated': ['2', '0'],
  });

describe('SalesOrderStatusChanges', () => {
  it('maps a step to its kind with the allocated lines', () => {
    const [event] = normalisePeoplevoxCallback(
      'SalesOrderStatusChanges',
      status('Partially allocated'),
      pvxTestContext,
    );
    expect(event?.value).toMatchObject({
      header: {
        eventId: `peoplevox:SalesOrderStatusChanges:SO-1:Partially allocated:${Date.UTC(2026, 1, 2, 9)}`,
      },
      kind: 'PARTIALLY_ALLOCATED',
      lines: [{ lineNo: 1, sku: 'A', quantity: 2 }],
    });
    expect(
      normalisePeoplevoxCallback('SalesOrderStatusChanges', status('Cancelled'), pvxTestContext)[0]
        ?.value,
    ).toMatchObject({
      kind: 'CANCELLED',
      lines: [],
    });
  });

  it('makes no event for statuses the package events already cover, and refuses unknown ones', () => {
    expect(
      normalisePeoplevoxCallback('SalesOrderStatusChanges', status('Despatched'), pvxTestContext),
    ).toEqual([]);
    expect(() =>
      normalisePeoplevoxCallback('SalesOrderStatusChanges', status('Lost'), pvxTestContext),
    ).toThrow(expect.objectContaining({ code: 'PEOPLEVOX.PAYLOAD_INVALID' }));
  });
});

describe('GoodsReceived and Returns', () => {
  it('turns a goods-in into a receipt against its PO', () => {
    const query = pvxQuery({
      GoodsInId: '17',
      Reference: 'PO-100',
      ReconciledDateTime: '02/02/2026 10:15',
      SiteReference: 'PrimarySite',
      'Consignments.ConsignmentItemTypes.ItemType.ItemCode': ['A', 'B'],
      'Consignments.ConsignmentItemTypes.Quantity': ['10', '5'],
    });
    const [event] = normalisePeoplevoxCallback('GoodsReceived', query, pvxTestContext);
    expect(event?.topic.name).toBe('wms.goods-receipts.v1');
    expect(event?.value).toMatchObject({
      header: { eventId: 'peoplevox:GoodsReceived:17' },
      poNo: 'PO-100',
      receiptRef: '17',
      depot: 'LON1',
      lines: [
        { sku: 'A', quantity: 10, condition: 'SELLABLE', poLineNo: null },
        { sku: 'B', quantity: 5, condition: 'SELLABLE', poLineNo: null },
      ],
    });
  });

  it('puts NEW returns back as sellable and quarantines the rest', () => {
    const query = pvxQuery({
      ReturnCode: 'RET1',
      SalesOrderNumber: 'SO-1',
      ReturnDate: '03/02/2026 11:00',
      SiteReference: 'PrimarySite',
      'Items.Line': ['1', '2'],
      'Items.ItemCode': ['A', 'B'],
      'Items.Quantity': ['1', '1'],
      'Items.ReturnReason': ['Not Wanted', 'Faulty'],
      'Items.ReturnCondition': ['NEW', 'DAMAGED'],
    });
    const [event] = normalisePeoplevoxCallback('Returns', query, pvxTestContext);
    expect(event?.topic.name).toBe('wms.returns.v1');
    expect(event?.value).toMatchObject({
      orderNo: 'SO-1',
      returnRef: 'RET1',
      lines: [
        { lineNo: 1, sku: 'A', condition: 'SELLABLE', reasonCode: 'Not Wanted' },
        { lineNo: 2, sku: 'B', condition: 'QUARANTINE', reasonCode: 'Faulty' },
      ],
    });
  });
});

describe('callback templates', () => {
  it('ask for every field the normaliser reads, on a path that routes back to the event', () => {
    const url = new URL(
      peoplevoxCallbackTemplate('https://edge.example/hooks/peoplevox/s3cret/', 'GoodsReceived'),
    );
    expect(url.pathname).toBe('/hooks/peoplevox/s3cret/goods-received');
    expect(peoplevoxCallbackEventFor('goods-received')).toBe('GoodsReceived');
    expect(decodeURIComponent(url.search)).toContain(
      'Reference={Reference}&ReconciledDateTime={ReconciledDateTime}',
    );
  });
});
