import { Router, text } from 'express';
import { writeCsv } from './csv';
import { GET_TEMPLATES } from './get-data-templates';
import type { LostAnswers } from './lost-answers';
import { EVENT_TYPES, type EventType } from './model';
import { parseSearchClause, SearchClauseError } from './search-clause';
import { saveData } from './save-data';
import type { Sessions } from './sessions';
import {
  param,
  readSoapRequest,
  soapFaultXml,
  soapResultXml,
  SoapFault,
  type IntegrationResult,
  type SoapRequest,
} from './soap';
import type { Subscriptions } from './subscriptions';
import type { Warehouse } from './warehouse';
import { child } from './xml';

export interface IntegrationServiceDeps {
  readonly clientId: string;
  readonly username: string;
  readonly password: string;
  readonly sessions: Sessions;
  readonly warehouse: Warehouse;
  readonly subscriptions: Subscriptions;
  /** Counts calls per operation, for the admin API. */
  readonly count: (operation: string) => void;
  /** Answers the next call with a "server busy" fault when it returns true. */
  readonly busy: () => boolean;
  readonly lostAnswers: LostAnswers;
}

const MAX_ITEMS_PER_PAGE = 1_000;

/** `POST /resources/integrationservicev4.asmx`: the SOAP 1.1 integration service. */
export function integrationServiceRoutes(deps: IntegrationServiceDeps): Router {
  const router = Router();
  router.post(
    '/resources/integrationservicev4.asmx',
    text({ type: () => true, limit: '20mb' }),
    (req, res) => {
      res.type('text/xml; charset=utf-8');
      try {
        if (!/^text\/xml\b/i.test(req.get('content-type') ?? '')) {
          throw new SoapFault('soap:Client', 'Content-Type must be text/xml for SOAP 1.1');
        }
        const request = readSoapRequest(
          typeof req.body === 'string' ? req.body : '',
          req.get('soapaction'),
        );
        deps.count(request.operation);
        if (deps.busy())
          throw new SoapFault('soap:Server', 'Server is busy, please try again later.');
        const result = dispatch(deps, request);
        const lost = deps.lostAnswers.take(request.operation);
        if (lost) deps.count('answersLost');
        if (!lost) res.send(soapResultXml(request.operation, result));
        else if (lost.status)
          res.status(lost.status).type('text/html').send('<html>Gateway error</html>');
        else req.socket.destroy();
      } catch (error) {
        if (!(error instanceof SoapFault)) throw error;
        res.status(500).send(soapFaultXml(error));
      }
    },
  );
  return router;
}

function dispatch(deps: IntegrationServiceDeps, request: SoapRequest): IntegrationResult {
  if (request.operation === 'Authenticate') return authenticate(deps, request);
  requireSession(deps, request);
  const call = request.body;
  switch (request.operation) {
    case 'GetData':
      return getData(deps, child(call, 'getRequest') ?? call);
    case 'SaveData': {
      const saveRequest = child(call, 'saveRequest') ?? call;
      return saveData(
        deps.warehouse,
        param(saveRequest, 'TemplateName'),
        param(saveRequest, 'CsvData'),
        param(saveRequest, 'Action'),
      );
    }
    case 'SubscribeEvent':
      return subscribe(deps, request);
    case 'UnsubscribeEvent': {
      const id = Number(param(call, 'subscriptionId'));
      return deps.subscriptions.remove(id)
        ? { responseId: 0, totalCount: 1, detail: String(id) }
        : {
            responseId: -1,
            totalCount: 0,
            detail: `Subscription ${param(call, 'subscriptionId')} does not exist`,
          };
    }
    default:
      throw new SoapFault(
        'soap:Client',
        `Server did not recognize the value of HTTP Header SOAPAction: ${request.operation}.`,
      );
  }
}

function authenticate(deps: IntegrationServiceDeps, { body }: SoapRequest): IntegrationResult {
  const password = param(body, 'password');
  const decoded = /^[A-Za-z0-9+/]*={0,2}$/.test(password)
    ? Buffer.from(password, 'base64').toString('utf8')
    : undefined;
  const valid =
    param(body, 'clientId') === deps.clientId &&
    param(body, 'username') === deps.username &&
    decoded === deps.password;
  if (!valid)
    return {
      responseId: -1,
      totalCount: 0,
      detail: 'Authentication failed: invalid client id, username or password',
    };
  return { responseId: 0, totalCount: 1, detail: `${deps.clientId},${deps.sessions.issue()}` };
}

function requireSession(deps: IntegrationServiceDeps, { credentials }: SoapRequest): void {
  const clientId = credentials && param(credentials, 'ClientId');
  const sessionId = credentials && param(credentials, 'SessionId');
  if (!credentials || clientId !== deps.clientId || !sessionId || !deps.sessions.use(sessionId)) {
    throw new SoapFault(
      'soap:Client',
      'Invalid or expired session: UserSessionCredentials were not accepted. Authenticate again.',
    );
  }
}

function getData(deps: IntegrationServiceDeps, request: SoapRequest['body']): IntegrationResult {
  const name = param(request, 'TemplateName');
  const template = GET_TEMPLATES[name.toLowerCase()];
  if (!template)
    return { responseId: -1, totalCount: 0, detail: `Template ${name} does not exist` };
  const pageNo = Number(param(request, 'PageNo') || '1');
  const perPage = Number(param(request, 'ItemsPerPage') || '0');
  if (!Number.isInteger(pageNo) || pageNo < 1)
    return { responseId: -1, totalCount: 0, detail: 'PageNo must be 1 or more' };
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_ITEMS_PER_PAGE) {
    return {
      responseId: -1,
      totalCount: 0,
      detail: `ItemsPerPage must be between 1 and ${MAX_ITEMS_PER_PAGE}`,
    };
  }
  let rows;
  try {
    const matches = parseSearchClause(param(request, 'SearchClause'));
    rows = template.rows(deps.warehouse).filter((row) => matches((field) => row[field]));
  } catch (error) {
    if (!(error instanceof SearchClauseError)) throw error;
    return { responseId: -1, totalCount: 0, detail: error.message };
  }
  const page = rows.slice((pageNo - 1) * perPage, pageNo * perPage);
  return { responseId: 0, totalCount: rows.length, detail: writeCsv(template.columns, page) };
}

function subscribe(deps: IntegrationServiceDeps, { body }: SoapRequest): IntegrationResult {
  const eventType = param(body, 'eventType');
  const callbackUrl = param(body, 'callbackUrl');
  if (!(EVENT_TYPES as readonly string[]).includes(eventType)) {
    return { responseId: -1, totalCount: 0, detail: `Event type ${eventType} does not exist` };
  }
  if (!/^https?:\/\/[^\s/]+/.test(callbackUrl)) {
    return { responseId: -1, totalCount: 0, detail: 'callbackUrl must be an absolute http(s) URL' };
  }
  const filter = param(body, 'filter');
  let matches;
  try {
    matches = parseSearchClause(filter);
  } catch (error) {
    if (!(error instanceof SearchClauseError)) throw error;
    return { responseId: -1, totalCount: 0, detail: error.message };
  }
  const id = deps.subscriptions.add(
    {
      eventType: eventType as EventType,
      filter,
      callbackUrl,
      encodeParameterData: param(body, 'encodeParameterData').toLowerCase() === 'true',
    },
    matches,
  );
  return { responseId: 0, totalCount: 1, detail: String(id) };
}
