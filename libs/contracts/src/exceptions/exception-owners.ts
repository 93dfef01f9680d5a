import type { ExceptionType, Severity, Team } from '../generated';

/** Who acts on an exception type, and how urgently. */
export interface ExceptionOwner {
  readonly team: Team;
  readonly severity: Severity;
}

/**
 * The one owner of every exception type (the Avro enum `ExceptionType`, whose doc says what
 * each means). An exception builder takes its team and severity from here, so a type always
 * reaches the same team's topic whichever service raises it. `satisfies` makes a new symbol
 * without an owner, or an owner without a symbol, a compile error.
 */
export const exceptionOwners = {
  SKU_UNKNOWN_IN_WMS: { team: 'WAREHOUSE', severity: 'ERROR' },
  SKU_UNKNOWN_IN_ERP: { team: 'DATA', severity: 'ERROR' },
  SKU_UNKNOWN_IN_POS: { team: 'RETAIL_OPS', severity: 'ERROR' },
  SKU_NOT_READY: { team: 'DATA', severity: 'WARNING' },
  VARIANT_UNMAPPED: { team: 'DATA', severity: 'ERROR' },
  // Depot, site and shop mappings are configuration data, whichever vendor names them.
  LOCATION_UNMAPPED: { team: 'DATA', severity: 'ERROR' },
  TAX_CODE_UNMAPPED: { team: 'RETAIL_OPS', severity: 'ERROR' },
  PAYMENT_UNMAPPED: { team: 'FINANCE', severity: 'ERROR' },
  TOTALS_MISMATCH: { team: 'FINANCE', severity: 'ERROR' },
  ORDER_HELD_NO_STOCK: { team: 'RETAIL_OPS', severity: 'WARNING' },
  DESPATCH_POST_FAILED: { team: 'WAREHOUSE', severity: 'ERROR' },
  DESPATCH_STUCK: { team: 'WAREHOUSE', severity: 'WARNING' },
  FULFILMENT_CALLBACK_MISSING: { team: 'WAREHOUSE', severity: 'WARNING' },
  ORPHAN_RECEIPT: { team: 'WAREHOUSE', severity: 'ERROR' },
  CREDIT_NOTE_FAILED: { team: 'FINANCE', severity: 'ERROR' },
  SALE_POST_FAILED: { team: 'FINANCE', severity: 'ERROR' },
  RETURN_UNLINKED: { team: 'FINANCE', severity: 'ERROR' },
  // Stock accuracy is the warehouse team's, for store depots too.
  STOCK_DRIFT: { team: 'WAREHOUSE', severity: 'ERROR' },
  CATALOGUE_MISMATCH: { team: 'DATA', severity: 'WARNING' },
  // Slow targets and a backlog of pushes are Parity's and its vendor connections' health.
  SYNC_LAG_EXCEEDED: { team: 'PLATFORM', severity: 'WARNING' },
  POISON_MESSAGE: { team: 'PLATFORM', severity: 'ERROR' },
  AUTHENTICATION_FAILED: { team: 'PLATFORM', severity: 'CRITICAL' },
  PAYLOAD_INVALID: { team: 'PLATFORM', severity: 'ERROR' },
  // A vendor not confirming documents for hours is an outage or a backlog: Parity's health.
  DOCUMENT_STUCK: { team: 'PLATFORM', severity: 'ERROR' },
} as const satisfies Record<ExceptionType, ExceptionOwner>;

/** The owner of a type; also answers for a value cast from outside the union. */
export function ownerOf(type: ExceptionType): ExceptionOwner | undefined {
  return Object.hasOwn(exceptionOwners, type) ? exceptionOwners[type] : undefined;
}
