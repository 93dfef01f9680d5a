import { raw, type Request, type RequestHandler, type Response } from 'express';
import type { ResponseDropper } from './prima-guards';
import { PrimaProblem } from './prima-problem';
import { REQUEST_TYPES, type RequestContext } from './prima-requests';
import {
  attr,
  children,
  CONTENT_TYPE,
  isWellFormed,
  rootOf,
  soapAnswer,
  soapCall,
  soapFault,
  xml,
  type El,
} from './prima-soap';

export interface WebServiceUser {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly companyId: string;
}

/** Prima's answer to a request its SAX parser could not read, word for word. */
const SAX_ERROR =
  'The XML may be Invalid or may contain invalid characters. SAX parser error: SAX-PARSE-NEXT, Unexpected error. (14586)';
/** Prima's stack-trace tail on every coded error (the captured answers come from a DEV install). */
const TRACE = '  DEV MODE Stack Trace (Msg - E:ErrMsg): sop/wsomhandler.p';
/** Request types that report status per `<Data>` only, as the captured MultiNewOrder does. */
const PER_DATA_STATUS = new Set(['MultiNewOrder']);

/**
 * `POST /prima/`: the `comwsomhandler` SOAP operation. HTTP Basic for the web-service user
 * [ASSUMED], the company named in the call, then each `<Data>` of the request document is
 * served by its request type and answered in a `<Result>` document, ISO-8859-1.
 */
export function wsomhandler(
  user: WebServiceUser,
  context: RequestContext,
  dropper: ResponseDropper,
): RequestHandler[] {
  const basic = `Basic ${Buffer.from(`${user.clientId}:${user.clientSecret}`).toString('base64')}`;
  const handle: RequestHandler = (req, res) => {
    if (req.headers.authorization !== basic) {
      res.status(401).set('WWW-Authenticate', 'Basic realm="Prima"').type('text/plain');
      res.send('A web-service user is required.');
      return;
    }
    const body = Buffer.isBuffer(req.body) ? (req.body as Buffer).toString('latin1') : '';
    const call = soapCall(body);
    if (!call) return fault(res, 'Client', 'Not a comwsomhandler SOAP 1.1 call.');
    if (call.companyId !== user.companyId) {
      return fault(res, 'Client', `Company ${call.companyId ?? ''} is not available to this user.`);
    }
    const result = answer(call.requestXml ?? '', user.companyId, context, res);
    if (dropper.drops(req.method, String(res.locals.requestType ?? ''))) dropAfterApply(req, res);
    res.status(200).type(CONTENT_TYPE).send(soapAnswer(result));
  };
  return [raw({ type: () => true, limit: '10mb' }), handle];
}

function answer(requestXml: string, company: string, context: RequestContext, res: Response) {
  const request = isWellFormed(requestXml) ? rootOf(requestXml, 'Request') : undefined;
  const requestType = attr(request, 'RequestType') ?? '';
  res.locals.requestType = requestType;
  const refuse = (error: string) =>
    xml('Result', {
      Company: company,
      Error: error,
      RequestStatus: 'ERROR',
      RequestType: requestType,
      RequestError: { Error: error },
    });
  if (!request) return refuse(SAX_ERROR);
  const handler = REQUEST_TYPES[requestType];
  if (!handler) return refuse(`Unknown RequestType "${requestType}".`);
  const data = children(request, 'Data').map((one) => serve(one, requestType, handler, context));
  return xml('Result', {
    Company: company,
    ...(!PER_DATA_STATUS.has(requestType) && { RequestStatus: 'OK' }),
    RequestType: requestType,
    Data: data,
  });
}

function serve(
  data: El,
  requestType: string,
  handler: (typeof REQUEST_TYPES)[string],
  context: RequestContext,
): object {
  try {
    return { ...handler(data, context), RequestStatus: 'OK' };
  } catch (error) {
    if (!(error instanceof PrimaProblem)) throw error;
    return {
      ...(requestType === 'MultiNewOrder' && {
        CustRef: '',
        CustomerCode: '',
        OrderNumber: attr(data, 'OrderNumber') ?? '',
        TPGUID: attr(data, 'TPGUID') ?? '',
      }),
      RequestStatus: 'ERROR',
      RequestError: { Error: errorText(error) },
    };
  }
}

/** A refusal as Prima writes it: coded lines with their trace, joined by literal newlines. */
function errorText(problem: PrimaProblem): string {
  const code =
    problem.primaCode ?? (problem.status === 409 ? 'E:21' : problem.status === 404 ? 'E:2' : null);
  const lines = [code ? `(${code}) ${problem.detail}${TRACE}` : problem.detail];
  // After a duplicate header Prima goes on to refuse the rest of the order, as captured.
  if (code === 'E:21') lines.push(`(E:194) NO VALID Sales Order Header Details for Line${TRACE}`);
  for (const field of problem.errors) lines.push(`${field.field}: ${field.code} ${field.message}`);
  return `${lines.join('\n')}\n`;
}

function fault(res: Response, code: 'Client' | 'Server', message: string): void {
  res.status(500).type(CONTENT_TYPE).send(soapFault(code, message));
}

/** The request was applied; the answer never leaves (see ResponseDropper). */
function dropAfterApply(req: Request, res: Response): void {
  res.end = (() => {
    req.socket.destroy();
    return res;
  }) as Response['end'];
}
