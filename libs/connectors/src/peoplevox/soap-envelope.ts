/**
 * SOAP 1.1 envelopes for Peoplevox's integration service, written and read by hand: requests
 * are a fixed shape, and answers are read strictly (one result element with ResponseId,
 * TotalCount and Detail, or a soap:Fault). A package such as fast-xml-parser should replace
 * the reading once the workspace has one.
 */
export const PVX_NAMESPACE = 'http://www.peoplevox.net/';

export interface SessionCredentials {
  readonly clientId: string;
  readonly sessionId: string;
}

/** A parameter value; nested objects become nested elements (`getRequest{TemplateName …}`). */
export type SoapParams = { readonly [name: string]: string | number | boolean | SoapParams };

export function soapRequest(
  operation: string,
  params: SoapParams,
  session?: SessionCredentials,
): string {
  const header = session
    ? `<soap:Header><UserSessionCredentials xmlns="${PVX_NAMESPACE}"><UserId>0</UserId>` +
      `<ClientId>${escapeXml(session.clientId)}</ClientId>` +
      `<SessionId>${escapeXml(session.sessionId)}</SessionId></UserSessionCredentials></soap:Header>`
    : '';
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">' +
    `${header}<soap:Body><${operation} xmlns="${PVX_NAMESPACE}">${elements(params)}</${operation}></soap:Body>` +
    '</soap:Envelope>'
  );
}

function elements(params: SoapParams): string {
  return Object.entries(params)
    .map(([name, value]) =>
      typeof value === 'object'
        ? `<${name}>${elements(value)}</${name}>`
        : `<${name}>${escapeXml(String(value))}</${name}>`,
    )
    .join('');
}

/** `{Op}Result`: ResponseId 0 is success, -1 an error whose message (or row errors) is Detail. */
export interface IntegrationResult {
  readonly responseId: number;
  readonly totalCount: number;
  readonly detail: string;
}

export interface SoapFaultBody {
  readonly faultCode: string;
  readonly faultString: string;
}

export class SoapReadError extends Error {}

export function readIntegrationResult(xml: string, operation: string): IntegrationResult {
  const result = onlyElement(xml, `${operation}Result`);
  const responseId = Number(onlyElement(result, 'ResponseId'));
  const totalCount = Number(onlyElement(result, 'TotalCount'));
  if (!Number.isInteger(responseId) || !Number.isInteger(totalCount)) {
    throw new SoapReadError(`${operation}Result has a non-numeric ResponseId or TotalCount`);
  }
  return { responseId, totalCount, detail: decodeEntities(onlyElement(result, 'Detail')) };
}

/** The fault of an HTTP 500 answer, or undefined when the body is not a SOAP fault. */
export function readSoapFault(xml: string): SoapFaultBody | undefined {
  if (!/<(\w+:)?Fault\b/.test(xml)) return undefined;
  try {
    return {
      faultCode: decodeEntities(onlyElement(xml, 'faultcode')).trim(),
      faultString: decodeEntities(onlyElement(xml, 'faultstring')).trim(),
    };
  } catch {
    return undefined;
  }
}

/** The raw content of the one element of that local name; an absent or repeated one is an error. */
function onlyElement(xml: string, name: string): string {
  const pattern = new RegExp(
    `<(?:\\w+:)?${name}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`,
    'g',
  );
  const matches = [...xml.matchAll(pattern)];
  if (matches.length !== 1) {
    throw new SoapReadError(`expected one <${name}>, found ${matches.length}`);
  }
  return (matches[0] as RegExpMatchArray)[1] ?? '';
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  if (text.includes('<')) throw new SoapReadError('markup where text was expected');
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') {
      const named = NAMED[entity];
      if (named === undefined) throw new SoapReadError(`unknown entity ${whole}`);
      return named;
    }
    const hex = entity[1] === 'x' || entity[1] === 'X';
    return String.fromCodePoint(parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}
