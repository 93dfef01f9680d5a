import { parseDecimal, STOCK_PLACES } from './sitoo-decimal';
import { SitooRefusal } from './sitoo-http';
import { type NewTransaction, type SitooState, TransactionType } from './sitoo-state';

const MAX_TRANSACTIONS_PER_REQUEST = 1000;
const WRITABLE_TYPES = new Set<number>([TransactionType.MOVE_IN, TransactionType.MOVE_OUT]);

/**
 * Checks a `POST warehousetransactions.json` body the way Sitoo does, all of it before any of
 * it is applied: an array of transactions for existing warehouses and products, of a type an
 * integration may write (sales, refunds and stocktaking are read only), with signed quantities.
 */
export function parseTransactions(state: SitooState, body: unknown): NewTransaction[] {
  if (!Array.isArray(body) || body.length === 0) {
    throw new SitooRefusal(400, 'Expected a non-empty array of warehouse transactions');
  }
  if (body.length > MAX_TRANSACTIONS_PER_REQUEST) {
    throw new SitooRefusal(400, `At most ${MAX_TRANSACTIONS_PER_REQUEST} transactions a request`);
  }
  return body.map((raw, index) => parseOne(state, raw, `[${index}]`));
}

function parseOne(state: SitooState, raw: unknown, at: string): NewTransaction {
  if (typeof raw !== 'object' || raw === null) refuse(at, 'must be an object');
  const input = raw as Record<string, unknown>;
  const warehouseid = input.warehouseid;
  if (typeof warehouseid !== 'number' || !state.warehouses.has(warehouseid)) {
    refuse(`${at}.warehouseid`, 'names no warehouse');
  }
  const type = input.transactiontype;
  if (typeof type !== 'number' || !WRITABLE_TYPES.has(type)) {
    refuse(`${at}.transactiontype`, 'must be 10 (Move In) or 20 (Move Out); others are read only');
  }
  const externalid = optionalString(input.externalid, `${at}.externalid`);
  const reasoncode = optionalString(input.reasoncode, `${at}.reasoncode`);
  const description = optionalString(input.description, `${at}.description`);
  if (!Array.isArray(input.items) || input.items.length === 0) {
    refuse(`${at}.items`, 'must be a non-empty array');
  }
  const changes = input.items.map((item: unknown, index: number) => {
    const where = `${at}.items[${index}]`;
    const { sku, decimalquantity } = (item ?? {}) as Record<string, unknown>;
    if (typeof sku !== 'string' || !state.productBySku(sku))
      refuse(`${where}.sku`, 'names no product');
    const delta =
      typeof decimalquantity === 'string' ? parseDecimal(decimalquantity, STOCK_PLACES) : undefined;
    if (delta === undefined) refuse(`${where}.decimalquantity`, 'must be a decimal string');
    const inward = type === TransactionType.MOVE_IN;
    if (inward ? delta <= 0n : delta >= 0n) {
      refuse(
        `${where}.decimalquantity`,
        inward ? 'must be positive for Move In' : 'must be negative for Move Out',
      );
    }
    return { sku, delta };
  });
  return {
    warehouseid,
    transactiontype: type,
    description: description ?? (type === TransactionType.MOVE_IN ? 'Move In' : 'Move Out'),
    externalid,
    reasoncode,
    changes,
  };
}

function optionalString(value: unknown, at: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') refuse(at, 'must be a string');
  return value;
}

function refuse(at: string, problem: string): never {
  throw new SitooRefusal(400, `${at} ${problem}`);
}
