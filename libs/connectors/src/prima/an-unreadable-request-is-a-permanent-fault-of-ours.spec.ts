import { PrimaRequestError, readResult } from './prima-result';
import { describeWithSamples, primaSample } from './prima-sample-answers';

describeWithSamples("Prima's XML parse error (status on <Result>)", () => {
  it('is a permanent refusal: Parity sent XML Prima could not read', () => {
    const read = () =>
      readResult(
        primaSample('multineworder-response-error-sax'),
        'createSalesOrder',
        'MultiNewOrder',
      );

    expect(read).toThrow(PrimaRequestError);
    expect(read).toThrow(
      /could not read the MultiNewOrder request.*SAX parser error: SAX-PARSE-NEXT/,
    );
    try {
      read();
    } catch (error) {
      expect(error).toMatchObject({ code: 'CONNECTOR.REJECTED', retriable: false });
    }
  });
});
