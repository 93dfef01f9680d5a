import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/*
 * Prima Solutions' web service as it looks on the wire: one SOAP 1.1 operation,
 * `comwsomhandler(CompanyId, RequestXML)`, answering `ResultXML`, each a whole XML document
 * carried as a string; ISO-8859-1 both ways. The simulator's own reading of it: it shares no
 * code with the connector, so the two cannot share a bug.
 */

/** A parsed element: attributes as strings, children as arrays. */
export type El = { readonly [name: string]: string | readonly El[] | undefined };

export const OPERATION = 'comwsomhandler';
const ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const OM_NS = 'urn:omlink';
export const CONTENT_TYPE = 'text/xml; charset=ISO-8859-1';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});
/** Primitive values become attributes, objects and arrays child elements. */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  suppressEmptyNode: true,
});

export const isWellFormed = (xml: string) => XMLValidator.validate(xml) === true;

export function rootOf(xml: string, name: string): El | undefined {
  return ((parser.parse(xml) as Record<string, El[] | undefined>)[name] ?? [])[0];
}

export const children = (element: El | undefined, name: string): readonly El[] => {
  const value = element?.[name];
  return Array.isArray(value) ? value : [];
};

export const first = (element: El | undefined, name: string) => children(element, name)[0];

export function attr(element: El | undefined, name: string): string | undefined {
  const value = element?.[name];
  return typeof value === 'string' ? value : undefined;
}

export const textOf = (element: El | undefined) => attr(element, '#text');

export function xml(root: string, content: object): string {
  return `<?xml version="1.0" encoding="ISO-8859-1" ?>${builder.build({ [root]: content }) as string}`;
}

/** ISO-8859-1 bytes, anything outside it as a numeric character reference. */
export function latin1(text: string): Buffer {
  return Buffer.from(
    text.replace(/[\u0100-\u{10ffff}]/gu, (ch) => `&#${ch.codePointAt(0)};`),
    'latin1',
  );
}

export interface SoapCall {
  readonly companyId: string | undefined;
  readonly requestXml: string | undefined;
}

/** The call inside a SOAP request, or undefined when it is not one. */
export function soapCall(body: string): SoapCall | undefined {
  if (!isWellFormed(body)) return undefined;
  const call = first(first(rootOf(body, 'Envelope'), 'Body'), OPERATION);
  if (!call) return undefined;
  return {
    companyId: textOf(first(call, 'CompanyId')),
    requestXml: textOf(first(call, 'RequestXML')),
  };
}

export function soapAnswer(resultXml: string): Buffer {
  return latin1(
    xml('soapenv:Envelope', {
      'xmlns:soapenv': ENVELOPE_NS,
      'soapenv:Body': {
        [`om:${OPERATION}Response`]: { 'xmlns:om': OM_NS, 'om:ResultXML': { '#text': resultXml } },
      },
    }),
  );
}

export function soapFault(code: 'Client' | 'Server', message: string): Buffer {
  return latin1(
    xml('soapenv:Envelope', {
      'xmlns:soapenv': ENVELOPE_NS,
      'soapenv:Body': {
        'soapenv:Fault': {
          faultcode: { '#text': `soapenv:${code}` },
          faultstring: { '#text': message },
        },
      },
    }),
  );
}
