import {
  type AvroType,
  type Field,
  type RecordType,
  namespaceOf,
  nullableBranch,
} from './avro-type';
import { childrenOf } from './named-types';

const HEADER = 'parity.common.EventHeader';
/** Fields that count stock; they need a quantityScale on their record or an enclosing one. */
const QUANTITY_FIELDS: ReadonlySet<string> = new Set([
  'quantity',
  'onHand',
  'allocated',
  'quarantined',
  'pending',
  'ats',
]);

/**
 * Parity's conventions for event schemas (docs/architecture.md, libs/contracts/README.md), as
 * checks: money is a `long` of minor units next to a currency, quantities are integers with a
 * scale, time is timestamp-millis, and every event starts with the shared header. Returns
 * one message per violation; empty means the event follows them all.
 */
export function ruleViolations(event: RecordType, file: string): string[] {
  const problems: string[] = [];
  const [first] = event.fields;
  if (first?.name !== 'header' || !isNamedAs(first.type, HEADER)) {
    problems.push(`${event.fullName}: the first field must be header: ${HEADER}`);
  }
  const folder = file.split('/')[0];
  if (namespaceOf(event.fullName) !== `parity.${folder}`) {
    problems.push(
      `${event.fullName}: lives in ${file}, but its namespace should be parity.${folder}`,
    );
  }
  walk(event, [], problems);
  return problems;
}

function walk(type: AvroType, enclosing: readonly RecordType[], problems: string[]): void {
  if (type.kind === 'primitive' && (type.name === 'float' || type.name === 'double')) {
    problems.push(`${enclosing.at(-1)?.fullName}: ${type.name} is not allowed; use integers`);
  }
  if (type.kind === 'record' || type.kind === 'enum') {
    if (!type.fullName.startsWith('parity.'))
      problems.push(`${type.fullName}: namespace must start with parity.`);
  }
  if (type.kind === 'record') {
    const records = [...enclosing, type];
    for (const field of type.fields) problems.push(...fieldViolations(field, records));
  }
  const inside = type.kind === 'record' ? [...enclosing, type] : enclosing;
  for (const child of childrenOf(type)) walk(child, inside, problems);
}

function fieldViolations(field: Field, records: readonly RecordType[]): string[] {
  const where = `${records.at(-1)?.fullName}.${field.name}`;
  const type = nullableBranch(field.type) ?? field.type;
  const isTimestamp = type.kind === 'primitive' && type.logicalType === 'timestamp-millis';
  const isLong = type.kind === 'primitive' && type.name === 'long';
  const hasField = (name: string) =>
    records.some((record) => record.fields.some((f) => f.name === name));
  const problems: string[] = [];
  if (field.name.endsWith('At') !== isTimestamp) {
    problems.push(`${where}: *At fields, and only they, are long timestamp-millis`);
  }
  if (field.name.endsWith('Minor') && !(isLong && !isTimestamp)) {
    problems.push(`${where}: money is a long of minor units`);
  }
  if (field.name.endsWith('Minor') && !hasField('currency')) {
    problems.push(`${where}: money needs a currency on its record or an enclosing one`);
  }
  if (QUANTITY_FIELDS.has(field.name) && !isLong) {
    problems.push(`${where}: quantities are longs`);
  }
  if (QUANTITY_FIELDS.has(field.name) && !hasField('quantityScale')) {
    problems.push(`${where}: a quantity needs a quantityScale on its record or an enclosing one`);
  }
  return problems;
}

function isNamedAs(type: AvroType, fullName: string): boolean {
  return (type.kind === 'reference' || type.kind === 'record') && type.fullName === fullName;
}
