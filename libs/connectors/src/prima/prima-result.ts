import { ConnectorError, type ConnectorErrorCode } from '../http/connector-error';
import { attribute, parseRoot, repeated, xmlProblem, type XmlElement } from './prima-xml';

/*
 * Prima's answer document: `<Result Company RequestType RequestStatus>`. A request Prima could
 * not read fails as a whole (status and Error on `<Result>`, the SAX-parser answer); otherwise
 * each `<Data>` carries its own RequestStatus, and its refusals sit in `RequestError@Error`,
 * several joined by literal newlines, each `(E:n) text  DEV MODE Stack Trace …`.
 */

/** Prima's error codes Parity acts on; [ASSUMED] ones are not in any captured answer. */
export const PRIMA_ERROR = {
  /** `(E:21) Sales Order Header already exists with Order Number equal to …` */
  DUPLICATE: 'E:21',
  /** `(E:194) There were no Valid Order Lines found for the Current Order …` */
  NO_VALID_LINES: 'E:194',
  /** `(E:548) Price obtained from the Price Book has a different VAT Incl Prices Value …` */
  VAT_INCLUSIVE_MISMATCH: 'E:548',
  /** [ASSUMED] the document a request names does not exist. */
  NOT_FOUND: 'E:2',
} as const;

export interface PrimaErrorLine {
  /** `E:21`; null for a message without a code (the SAX-parser error). */
  readonly code: string | null;
  /** The line as Prima wrote it. */
  readonly text: string;
}

/** A refusal by Prima, with its error lines verbatim. */
export class PrimaRequestError extends ConnectorError {
  constructor(
    operation: string,
    code: ConnectorErrorCode,
    message: string,
    readonly primaErrors: readonly PrimaErrorLine[],
    responseBody?: string,
  ) {
    super('prima', operation, code, message, { responseBody });
    this.name = 'PrimaRequestError';
  }

  has(code: string): boolean {
    return this.primaErrors.some((line) => line.code === code);
  }
}

export interface PrimaResult {
  readonly company: string | undefined;
  /** Every `<Data>` of the answer, in order. */
  readonly data: readonly XmlElement[];
  readonly document: string;
}

/** Splits Prima's joined error attribute into its lines, each with its code. */
export function errorLines(errorText: string): PrimaErrorLine[] {
  return errorText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((text) => ({ text, code: /^\((E:\d+)\)/.exec(text)?.[1] ?? null }));
}

/**
 * Reads a result document of the request type asked; a request Prima could not read is a
 * permanent error: our XML was wrong, so a retry would fail the same way.
 */
export function readResult(document: string, operation: string, requestType: string): PrimaResult {
  const bad = (message: string) =>
    new ConnectorError('prima', operation, 'CONNECTOR.BAD_RESPONSE', message, {
      responseBody: document,
    });
  const problem = xmlProblem(document);
  if (problem) throw bad(`the result document is not well-formed XML: ${problem}`);
  const result = parseRoot(document, 'Result');
  if (!result) throw bad('the answer is not a <Result> document');
  const answered = attribute(result, 'RequestType');
  if (answered !== requestType) throw bad(`asked ${requestType}, answered ${answered}`);
  if (attribute(result, 'RequestStatus') === 'ERROR') {
    const text =
      attribute(result, 'Error') ??
      repeated(result, 'RequestError')
        .map((error) => attribute(error, 'Error') ?? '')
        .join('\n');
    throw new PrimaRequestError(
      operation,
      'CONNECTOR.REJECTED',
      `Prima could not read the ${requestType} request (a fault in Parity's XML; Prima names no field): ${text}`,
      errorLines(text),
      document,
    );
  }
  return { company: attribute(result, 'Company'), data: repeated(result, 'Data'), document };
}

/** The refusal a `<Data>` answered with, or undefined when it says OK. */
export function dataRefusal(
  data: XmlElement,
  operation: string,
  document: string,
): PrimaRequestError | undefined {
  const status = attribute(data, 'RequestStatus');
  if (status === undefined || status === 'OK') return undefined;
  const text = repeated(data, 'RequestError')
    .map((error) => attribute(error, 'Error') ?? '')
    .join('\n');
  const lines = errorLines(text);
  const notFound = lines.length > 0 && lines.every((line) => line.code === PRIMA_ERROR.NOT_FOUND);
  return new PrimaRequestError(
    operation,
    notFound ? 'CONNECTOR.NOT_FOUND' : 'CONNECTOR.REJECTED',
    `Prima refused: ${text}`,
    lines,
    document,
  );
}

/** The one `<Data>` of a single-document answer, or a bad response. */
export function onlyData(result: PrimaResult, operation: string): XmlElement {
  const [data] = result.data;
  if (!data) {
    throw new ConnectorError('prima', operation, 'CONNECTOR.BAD_RESPONSE', 'no <Data> answered', {
      responseBody: result.document,
    });
  }
  return data;
}
