import { ConnectorError, type ConnectorErrorCode } from '../http/connector-error';
import type { VendorHttp } from '../http/vendor-http';

interface GraphqlError {
  message: string;
  extensions?: { code?: unknown; category?: unknown };
}

/**
 * GraphQL error markers that mean "try again later". Apollo-style servers put them in
 * `extensions.code`, Laravel Lighthouse (which Clarus's stack suggests) in `extensions.category`.
 */
const TRANSIENT_MARKERS: Readonly<Record<string, ConnectorErrorCode>> = {
  INTERNAL_SERVER_ERROR: 'CONNECTOR.SERVER_ERROR',
  internal: 'CONNECTOR.SERVER_ERROR',
  SERVICE_UNAVAILABLE: 'CONNECTOR.SERVER_ERROR',
  RATE_LIMITED: 'CONNECTOR.RATE_LIMITED',
  TOO_MANY_REQUESTS: 'CONNECTOR.RATE_LIMITED',
  throttled: 'CONNECTOR.RATE_LIMITED',
  UNAUTHENTICATED: 'CONNECTOR.UNAUTHORIZED',
  authentication: 'CONNECTOR.UNAUTHORIZED',
};

/**
 * The code for errors a GraphQL server returned in a 200. A query the server refused (bad
 * field, bad argument, too many references) will be refused again, so it is REJECTED unless
 * an error says it is transient.
 */
export function classifyGraphqlErrors(errors: readonly GraphqlError[]): ConnectorErrorCode {
  for (const error of errors) {
    for (const marker of [error.extensions?.code, error.extensions?.category]) {
      if (typeof marker === 'string' && marker in TRANSIENT_MARKERS) {
        return TRANSIENT_MARKERS[marker] as ConnectorErrorCode;
      }
    }
  }
  return 'CONNECTOR.REJECTED';
}

/** Runs one read; GraphQL reads are safe to repeat, so 5xx and 429 are retried by VendorHttp. */
export async function graphqlQuery<T>(
  http: VendorHttp,
  operation: string,
  query: string,
  variables: Record<string, unknown>,
  cost: number,
): Promise<T> {
  const body = await http.json<{ data?: T | null; errors?: GraphqlError[] }>({
    operation,
    method: 'POST',
    path: 'graphql',
    json: { query, variables },
    idempotent: true,
    cost,
  });
  if (body.errors?.length) {
    throw new ConnectorError(
      'clarus',
      operation,
      classifyGraphqlErrors(body.errors),
      body.errors.map((error) => error.message).join('; '),
      { status: 200, responseBody: JSON.stringify(body.errors) },
    );
  }
  if (!body.data) {
    throw new ConnectorError(
      'clarus',
      operation,
      'CONNECTOR.BAD_RESPONSE',
      'no data and no errors',
    );
  }
  return body.data;
}
