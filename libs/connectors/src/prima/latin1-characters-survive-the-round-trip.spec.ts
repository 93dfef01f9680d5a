import { answerAsPrima, orderStatusAnswer } from './prima-sample-answers';
import { PrimaSoapClient } from './prima-soap.client';

describe('ISO-8859-1 both ways', () => {
  afterEach(() => jest.restoreAllMocks());

  it('sends é and £ as single Latin-1 bytes, € as a reference, and reads them back', async () => {
    const description = 'Café £5 €';
    const seen = answerAsPrima(({ requestType }) =>
      requestType === 'MultiNewOrder'
        ? '<?xml version="1.0" encoding="ISO-8859-1" ?><Result Company="1" RequestType="MultiNewOrder"><Data OrderNumber="R1" RequestStatus="OK" TPGUID="R1"/></Result>'
        : orderStatusAnswer('R1', description),
    );
    const client = new PrimaSoapClient({
      baseUrl: 'http://prima.test/',
      clientId: 'c',
      clientSecret: 's',
      companyId: '1',
    });

    const { record } = await client.createSalesOrder({
      orderSource: 'WEB',
      customerAccountCode: 'C1',
      customerReference: 'R1',
      depotCode: 'WH1',
      currency: 'GBP',
      lines: [
        {
          itemCode: 'ETOS-F-080',
          description,
          quantityOrdered: 1,
          unitNetPriceMinor: 1,
          vatCode: 'S20',
        },
      ],
    });

    const [order] = seen;
    const sent = Buffer.from(order?.bytes ?? []);
    expect(sent.includes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35]))).toBe(true); // "Café £5"
    expect(order?.document).toContain('Café £5 €'); // € arrived through its reference
    expect(record.lines[0]?.description).toBe(description);
  });
});
