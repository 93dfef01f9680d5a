import { ConnectorError } from '../http/connector-error';
import {
  child,
  latin1Bytes,
  parseRoot,
  PRIMA_OM_NS,
  SOAP_ENVELOPE_NS,
  textOf,
  xmlDocument,
  xmlProblem,
} from './prima-xml';

/*
 * The SOAP 1.1 layer: Prima's one operation, `comwsomhandler(CompanyId, RequestXML)`, whose
 * answer `ResultXML` is the result document as a string. (`wsomhandler` is the same without a
 * company; Parity always names its company.) The part names are [ASSUMED] (README).
 */

export const PRIMA_OPERATION = 'comwsomhandler';

export function soapRequest(companyId: string, requestDocument: string): Uint8Array {
  return latin1Bytes(
    xmlDocument('soapenv:Envelope', {
      'xmlns:soapenv': SOAP_ENVELOPE_NS,
      'xmlns:om': PRIMA_OM_NS,
      'soapenv:Body': {
        [`om:${PRIMA_OPERATION}`]: {
          'om:CompanyId': { '#text': companyId },
          'om:RequestXML': { '#text': requestDocument },
        },
      },
    }),
  );
}

/**
 * The result document inside a SOAP answer; a Fault or a broken envelope is a ConnectorError.
 * SOAP 1.1 answers a fault with HTTP 500, so a 500 is read here: a Client fault is our
 * request (permanent), anything else Prima's (transient).
 */
export function resultDocument(envelope: string, operation: string, status: number): string {
  const bad = (message: string) =>
    new ConnectorError(
      'prima',
      operation,
      status >= 500 ? 'CONNECTOR.SERVER_ERROR' : 'CONNECTOR.BAD_RESPONSE',
      status >= 500 ? `answered HTTP ${status}: ${message}` : message,
      { status, responseBody: envelope },
    );
  const problem = xmlProblem(envelope);
  if (problem) throw bad(`the SOAP answer is not well-formed XML: ${problem}`);
  const body = child(parseRoot(envelope, 'Envelope'), 'Body');
  const fault = child(body, 'Fault');
  if (fault) {
    const code = textOf(child(fault, 'faultcode')) ?? '';
    const text = textOf(child(fault, 'faultstring')) ?? '';
    // A Client fault is our request; a Server fault is Prima's and may pass.
    const ours = code.endsWith('Client');
    throw new ConnectorError(
      'prima',
      operation,
      ours ? 'CONNECTOR.REJECTED' : 'CONNECTOR.SERVER_ERROR',
      `SOAP fault ${code}: ${text}`,
      { status, responseBody: envelope },
    );
  }
  const result = textOf(child(child(body, `${PRIMA_OPERATION}Response`), 'ResultXML'));
  if (!result || status !== 200) {
    throw bad(`no ${PRIMA_OPERATION}Response/ResultXML in the SOAP answer`);
  }
  return result;
}
