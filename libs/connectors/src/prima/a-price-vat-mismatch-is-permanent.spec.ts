import { dataRefusal, PRIMA_ERROR, readResult } from './prima-result';
import { describeWithSamples, primaSample } from './prima-sample-answers';

describeWithSamples('a price whose VAT treatment differs from the price book (E:548)', () => {
  it("is a permanent refusal naming Prima's reason", () => {
    const document = primaSample('multineworder-response-error-no-valid-lines');
    const [data = {}] = readResult(document, 'createSalesOrder', 'MultiNewOrder').data;

    const refusal = dataRefusal(data, 'createSalesOrder', document);

    expect(refusal).toMatchObject({ code: 'CONNECTOR.REJECTED', retriable: false });
    expect(
      refusal?.primaErrors.find((line) => line.code === PRIMA_ERROR.VAT_INCLUSIVE_MISMATCH)?.text,
    ).toMatch(
      /^\(E:548\) Price obtained from the Price Book has a different VAT Incl Prices Value/,
    );
  });
});
