import { child, escapeXml, parseXml, type XmlElement } from './xml';

/** The service's XML namespace; SOAPAction headers are this plus the operation name. */
export const PEOPLEVOX_NS = 'http://www.peoplevox.net/';

export interface SoapRequest {
  readonly operation: string;
  /** The operation element inside soap:Body. */
  readonly body: XmlElement;
  /** UserSessionCredentials from soap:Header, when sent. */
  readonly credentials?: XmlElement;
}

/** A request the service refuses with a SOAP fault (HTTP 500, as ASMX services answer). */
export class SoapFault extends Error {
  constructor(
    readonly faultCode: 'soap:Client' | 'soap:Server',
    message: string,
  ) {
    super(message);
  }
}

/** Reads a SOAP 1.1 request, checking the envelope and that SOAPAction names the body's operation. */
export function readSoapRequest(xml: string, soapAction: string | undefined): SoapRequest {
  const action = (soapAction ?? '').replace(/^"|"$/g, '');
  if (!action.startsWith(PEOPLEVOX_NS)) {
    throw new SoapFault(
      'soap:Client',
      `Server did not recognize the value of HTTP Header SOAPAction: ${action}.`,
    );
  }
  const operation = action.slice(PEOPLEVOX_NS.length);
  let envelope: XmlElement;
  try {
    envelope = parseXml(xml);
  } catch (error) {
    throw new SoapFault('soap:Client', `Server was unable to read request. ---> ${String(error)}`);
  }
  const body = envelope.name === 'Envelope' ? child(envelope, 'Body') : undefined;
  const call = body?.children[0];
  if (!call) throw new SoapFault('soap:Client', 'The request is not a SOAP 1.1 envelope.');
  if (call.name !== operation) {
    throw new SoapFault('soap:Client', `SOAPAction ${operation} does not match <${call.name}>.`);
  }
  const header = child(envelope, 'Header');
  return {
    operation,
    body: call,
    credentials: header && child(header, 'UserSessionCredentials'),
  };
}

/** `{Op}Result {ResponseId, TotalCount, Detail}`: ResponseId 0 is success, -1 an error. */
export interface IntegrationResult {
  readonly responseId: 0 | -1;
  readonly totalCount: number;
  readonly detail: string;
}

export function soapResultXml(operation: string, result: IntegrationResult): string {
  return envelope(
    `<${operation}Response xmlns="${PEOPLEVOX_NS}"><${operation}Result>` +
      `<ResponseId>${result.responseId}</ResponseId>` +
      `<TotalCount>${result.totalCount}</TotalCount>` +
      `<Detail>${escapeXml(result.detail)}</Detail>` +
      `</${operation}Result></${operation}Response>`,
  );
}

export function soapFaultXml(fault: SoapFault): string {
  return envelope(
    `<soap:Fault><faultcode>${fault.faultCode}</faultcode>` +
      `<faultstring>${escapeXml(fault.message)}</faultstring><detail /></soap:Fault>`,
  );
}

function envelope(body: string): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">' +
    `<soap:Body>${body}</soap:Body></soap:Envelope>`
  );
}

/** Text of a parameter element; '' when absent, as .NET binds a missing string. */
export function param(element: XmlElement, name: string): string {
  return child(element, name)?.text ?? '';
}
