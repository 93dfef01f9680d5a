import { LightspeedRejection } from './lightspeed-errors';

/**
 * V3 query operators live in the value: `timeStamp=>,2024-01-01T00:00:00+00:00`,
 * `saleID=IN,[1,2,3]`; a value without a known operator means equality.
 */
export type Predicate = (value: string) => boolean;

const OPERATORS = ['>=', '<=', '!=', '>', '<', '=', 'IN', '~'] as const;
type Operator = (typeof OPERATORS)[number];

export function parsePredicate(field: string, raw: string): Predicate {
  const comma = raw.indexOf(',');
  const candidate = comma > 0 ? raw.slice(0, comma) : '';
  const operator = (OPERATORS as readonly string[]).includes(candidate)
    ? (candidate as Operator)
    : '=';
  const operand = operator === '=' && candidate !== '=' ? raw : raw.slice(comma + 1);
  switch (operator) {
    case 'IN':
      return inList(field, operand);
    case '~': {
      const pattern = new RegExp(`^${operand.split('%').map(escapeRegExp).join('.*')}$`, 'i');
      return (value) => pattern.test(value);
    }
    case '=':
      return (value) => compare(value, operand) === 0;
    case '!=':
      return (value) => compare(value, operand) !== 0;
    case '>':
      return (value) => compare(value, operand) > 0;
    case '>=':
      return (value) => compare(value, operand) >= 0;
    case '<':
      return (value) => compare(value, operand) < 0;
    case '<=':
      return (value) => compare(value, operand) <= 0;
  }
}

/** Times compare as instants (offsets differ), numbers as numbers, everything else as text. */
export function compare(left: string, right: string): number {
  if (ISO_TIME.test(left) && ISO_TIME.test(right)) {
    const l = Date.parse(left);
    const r = Date.parse(right);
    if (!Number.isNaN(l) && !Number.isNaN(r)) return Math.sign(l - r);
  }
  if (NUMBER.test(left) && NUMBER.test(right)) return Math.sign(Number(left) - Number(right));
  return left < right ? -1 : left > right ? 1 : 0;
}

function inList(field: string, operand: string): Predicate {
  const match = /^\[(.*)\]$/.exec(operand);
  if (!match) throw new LightspeedRejection(400, `${field}: IN needs a list like IN,[1,2,3]`);
  const members = (match[1] ?? '').split(',').map((member) => member.trim().replace(/^"|"$/g, ''));
  return (value) => members.some((member) => compare(value, member) === 0);
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
