import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/*
 * Prima's XML, both layers: the request document `<Request RequestType><Data …/></Request>`
 * and its answer `<Result …>`, each carried as a string inside a SOAP 1.1 envelope. Prima
 * speaks ISO-8859-1; a character outside it goes as a numeric reference (`&#8364;`), which
 * any XML reader turns back into the character.
 *
 * The builder's convention: a primitive value is an attribute (Prima puts nearly everything in
 * attributes), an object or array is a child element.
 */

export type XmlAttributes = Readonly<Record<string, string | number | undefined>>;
/** A parsed element: attributes as strings, child elements as arrays (see `repeated`). */
export type XmlElement = { readonly [name: string]: string | readonly XmlElement[] | undefined };

export const SOAP_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
/** The namespace of Prima's order-management web service (its WSDL's targetURI). */
export const PRIMA_OM_NS = 'urn:omlink';
export const PRIMA_CONTENT_TYPE = 'text/xml; charset=ISO-8859-1';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  suppressEmptyNode: true,
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // Prima's errors keep their literal newlines; values are Prima's, untrimmed.
  trimValues: false,
  htmlEntities: true,
  alwaysCreateTextNode: true,
  // Every child element is a list, so one row and many read the same way.
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

/** `<?xml?>` plus one element built by the convention above. */
export function xmlDocument(root: string, content: object): string {
  return `<?xml version="1.0" encoding="ISO-8859-1"?>${builder.build({ [root]: content }) as string}`;
}

/** Text in ISO-8859-1 bytes; characters outside it become numeric character references. */
export function latin1Bytes(xml: string): Uint8Array {
  const escaped = xml.replace(/[\u0100-\u{10ffff}]/gu, (ch) => `&#${ch.codePointAt(0)};`);
  return Buffer.from(escaped, 'latin1');
}

/** ISO-8859-1 bytes as text (Node's latin1 decoder). */
export function latin1Text(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

/** Why a text is not well-formed XML, or undefined when it is. */
export function xmlProblem(xml: string): string | undefined {
  const verdict = XMLValidator.validate(xml);
  return verdict === true
    ? undefined
    : `${verdict.err.msg} (line ${verdict.err.line}, column ${verdict.err.col})`;
}

/** A well-formed document's root element by name, or undefined when the root is another. */
export function parseRoot(xml: string, root: string): XmlElement | undefined {
  const parsed = parser.parse(xml) as Record<string, unknown>;
  return (parsed[root] as XmlElement[] | undefined)?.[0];
}

/** The child elements of a name (none when absent). */
export function repeated(element: XmlElement | undefined, name: string): readonly XmlElement[] {
  const value = element?.[name];
  return Array.isArray(value) ? value : [];
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return repeated(element, name)[0];
}

/** An attribute's text; undefined when the element does not carry it. */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** An element's text content (a SOAP part carrying a whole document as a string). */
export function textOf(element: XmlElement | undefined): string | undefined {
  const value = element?.['#text'];
  return typeof value === 'string' ? value : undefined;
}
