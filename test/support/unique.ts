import { randomUUID } from 'node:crypto';

/** A name no other test run uses, so tests never share topics, groups or schemas. */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
