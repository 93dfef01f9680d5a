import { PrimaRequestError, PRIMA_ERROR } from './prima-result';
import { answerAsPrima, describeWithSamples, primaSample } from './prima-sample-answers';
import { PrimaSoapClient } from './prima-soap.client';

describeWithSamples('an order with no valid lines (E:194, with E:548)', () => {
  afterEach(() => jest.restoreAllMocks());

  it("is a permanent refusal carrying Prima's text verbatim, sent once", async () => {
    const seen = answerAsPrima(() => primaSample('multineworder-response-error-no-valid-lines'));
    const client = new PrimaSoapClient({
      baseUrl: 'http://prima.test/',
      clientId: 'c',
      clientSecret: 's',
      companyId: '1',
    });

    const failure = await client
      .createSalesOrder({
        orderSource: 'WEB',
        customerAccountCode: 'C1',
        customerReference: '20123496',
        depotCode: 'WH1',
        currency: 'GBP',
        lines: [
          { itemCode: 'ETOS-F-080', quantityOrdered: 1, unitNetPriceMinor: 1, vatCode: 'S20' },
        ],
      })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PrimaRequestError);
    const refusal = failure as PrimaRequestError;
    expect(refusal).toMatchObject({ code: 'CONNECTOR.REJECTED', retriable: false });
    expect(refusal.message).toContain(
      '(E:194) There were no Valid Order Lines found for the  Current Order 20123496',
    );
    expect(refusal.primaErrors.map((line) => line.code)).toEqual([
      'E:194',
      'E:548',
      'E:194',
      'E:194',
    ]);
    expect(refusal.has(PRIMA_ERROR.DUPLICATE)).toBe(false);
    expect(seen).toHaveLength(1);
  });
});
