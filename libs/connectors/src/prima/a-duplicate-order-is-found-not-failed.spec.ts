import {
  answerAsPrima,
  describeWithSamples,
  orderStatusAnswer,
  primaSample,
} from './prima-sample-answers';
import { PrimaSoapClient } from './prima-soap.client';

const client = () =>
  new PrimaSoapClient({
    baseUrl: 'http://prima.test/',
    clientId: 'c',
    clientSecret: 's',
    companyId: '1',
  });

const order = {
  orderSource: 'WEB' as const,
  customerAccountCode: '0000367612',
  customerReference: '20123565',
  depotCode: 'WH1',
  currency: 'GBP',
  lines: [
    { itemCode: 'ETOS-F-080', quantityOrdered: 1, unitNetPriceMinor: 10_000, vatCode: 'S20' },
  ],
};

describeWithSamples('an order Prima already holds (E:21)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is found, not failed: created is false and the order is read back', async () => {
    const seen = answerAsPrima(({ requestType }) =>
      requestType === 'MultiNewOrder'
        ? primaSample('multineworder-response-error-duplicate')
        : orderStatusAnswer('20123565'),
    );

    const { record, created } = await client().createSalesOrder(order);

    expect(created).toBe(false);
    expect(record).toMatchObject({ orderNumber: '20123565', status: 'AWAITING_AUTHORISATION' });
    expect(record.lines[0]).toMatchObject({ itemCode: 'ETOS-F-080', unitNetPriceMinor: 10_000 });
    expect(seen.map((request) => request.requestType)).toEqual(['MultiNewOrder', 'OrderStatus']);
  });
});
