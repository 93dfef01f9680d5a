import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIMA_OPERATION } from './prima-envelope';
import {
  attribute,
  child,
  latin1Bytes,
  latin1Text,
  parseRoot,
  PRIMA_CONTENT_TYPE,
  PRIMA_OM_NS,
  SOAP_ENVELOPE_NS,
  textOf,
  xmlDocument,
} from './prima-xml';

/*
 * For specs: Prima's captured answers (../shared/vendor-samples, beside the repository) served
 * to the client by a stand-in for fetch, so a spec sees exactly what Prima sent.
 */

const SAMPLES = join(__dirname, '../../../../../shared/vendor-samples');

/** `describe` when the captured samples are beside the repository, `describe.skip` when not. */
export const describeWithSamples = existsSync(SAMPLES) ? describe : describe.skip;

export function primaSample(name: string): string {
  return readFileSync(join(SAMPLES, `prima-solutions-${name}.xml`), 'latin1');
}

/** What the stand-in saw of one request: its type, its `<Data>` and its raw bytes. */
export interface SeenRequest {
  readonly requestType: string | undefined;
  readonly document: string;
  readonly bytes: Uint8Array;
}

/**
 * Replaces fetch: each request is answered with the result document the handler returns for
 * its request type, wrapped in Prima's SOAP answer, in ISO-8859-1.
 */
export function answerAsPrima(answer: (request: SeenRequest) => string): SeenRequest[] {
  const seen: SeenRequest[] = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
    const bytes = init?.body as Uint8Array;
    const envelope = parseRoot(latin1Text(bytes), 'Envelope');
    const call = child(child(envelope, 'Body'), PRIMA_OPERATION);
    const document = textOf(child(call, 'RequestXML')) ?? '';
    const request = {
      requestType: attribute(parseRoot(document, 'Request'), 'RequestType'),
      document,
      bytes,
    };
    seen.push(request);
    return new Response(soapAnswer(answer(request)), {
      status: 200,
      headers: { 'content-type': PRIMA_CONTENT_TYPE },
    });
  });
  return seen;
}

function soapAnswer(resultDocument: string): Uint8Array {
  return latin1Bytes(
    xmlDocument('soapenv:Envelope', {
      'xmlns:soapenv': SOAP_ENVELOPE_NS,
      'soapenv:Body': {
        [`om:${PRIMA_OPERATION}Response`]: {
          'xmlns:om': PRIMA_OM_NS,
          'om:ResultXML': { '#text': resultDocument },
        },
      },
    }),
  );
}

/** An OrderStatus answer for an order, as the simulator and [ASSUMED] rows describe it. */
export function orderStatusAnswer(orderNumber: string, description = 'Oxford shoe'): string {
  return xmlDocument('Result', {
    Company: '1',
    RequestType: 'OrderStatus',
    RequestStatus: 'OK',
    Data: {
      RequestStatus: 'OK',
      OrderNumber: orderNumber,
      TPGUID: orderNumber,
      OrderStatus: 'Awaiting Authorisation',
      OrderChannel: 'WEB',
      CustomerCode: '0000367612',
      Depot: 'WH1',
      OrderDate: '2019-11-20T10:00:00.000Z',
      Currency: 'GBP',
      AuthorisationRequired: 'Yes',
      CreditCheck: 'Passed',
      NetTotal: '100.00',
      VatTotal: '20.00',
      GrossTotal: '120.00',
      Modified: '2019-11-20T10:00:00.000Z',
      OrderLineData: [
        {
          LineNumber: '1',
          Product: 'ETOS',
          MtrxCode1: 'F',
          MtrxCode2: '080',
          Description: description,
          ProductStatus: 'FULL',
          Quantity: '1',
          QuantityAllocated: '0',
          QuantityDespatched: '0',
          QuantityInvoiced: '0',
          QuantityReturned: '0',
          Price: '100.00',
          DiscountPercent: '0.00',
          VatCode: 'S20',
          VatRate: '20.00',
          NetTotal: '100.00',
          VatTotal: '20.00',
          GrossTotal: '120.00',
          LineStatus: 'Requested',
        },
      ],
    },
  });
}
