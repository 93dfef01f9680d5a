import {
  EntityType,
  SourceSystem,
  type ExceptionType,
  type IntegrationException,
} from '../generated';
import { ownerOf } from './exception-owners';
import { fingerprintOf } from './fingerprint';

/** What a raiser knows about a problem; team, severity and fingerprint follow from it. */
export interface ExceptionFacts {
  readonly type: ExceptionType;
  /** What the problem is about: a SKU, an order, a sale (`<store>:<saleId>`), a message. */
  readonly entity: { readonly type: EntityType; readonly id: string };
  /** Extra fingerprint parts when one entity can have several problems of the type. */
  readonly qualifier?: readonly string[];
  /** What is wrong and what would fix it, for the owning team. */
  readonly summary: string;
  /** The occurrence's id: the same occurrence raised again must carry the same id. */
  readonly eventId: string;
  /** The system whose data or behaviour caused it; PARITY when Parity found it on its own. */
  readonly source: SourceSystem;
  /** `<service>/<flow>`. */
  readonly producedBy: string;
  readonly occurredAt: number;
  readonly archiveRef?: string | null;
  /** The Kafka record that led to it. */
  readonly sourceRecord?: {
    readonly topic: string;
    readonly partition: number;
    readonly offset: number;
  };
  readonly rawPayloadRef?: string | null;
  readonly details?: Readonly<Record<string, string>>;
}

/** A builder was given facts the contract cannot carry: a bug in the raiser, never retried. */
export class InvalidExceptionError extends Error {
  readonly retriable = false;
  readonly code = 'CONTRACTS.EXCEPTION_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`not a valid IntegrationException: ${problems.join('; ')}`);
    this.name = 'InvalidExceptionError';
  }
}

/**
 * The one way to build an IntegrationException. The owning team and severity come from the
 * type (exception-owners.ts), the fingerprint from the one scheme (fingerprint.ts), and every
 * field is checked against what the Avro schema accepts, so a value this returns always
 * encodes: a cast or a bad number fails here, in the raiser, not later in a topic's write.
 */
export function exceptionOf(facts: ExceptionFacts): IntegrationException {
  const owner = ownerOf(facts.type);
  const problems = problemsOf(facts, owner !== undefined);
  if (!owner || problems.length > 0) throw new InvalidExceptionError(problems);
  const { type, entity, sourceRecord } = facts;
  return {
    header: {
      eventId: facts.eventId,
      source: facts.source,
      producedBy: facts.producedBy,
      occurredAt: facts.occurredAt,
      sourceTimeZone: 'UTC',
      archiveRef: facts.archiveRef ?? null,
    },
    type,
    team: owner.team,
    severity: owner.severity,
    entityType: entity.type,
    entityId: entity.id,
    summary: facts.summary,
    fingerprint: fingerprintOf(type, entity.type, entity.id, facts.qualifier),
    sourceTopic: sourceRecord?.topic ?? null,
    sourcePartition: sourceRecord?.partition ?? null,
    sourceOffset: sourceRecord?.offset ?? null,
    rawPayloadRef: facts.rawPayloadRef ?? null,
    details: { ...facts.details },
    clears: false,
  };
}

/**
 * The end of a problem raised before: the same type, entity and fingerprint, `clears` set, so
 * the ledger resolves the open record without a person. `eventId` names this clearance (a
 * repeat of it changes nothing); `summary` says what made the problem go away.
 */
export function clearanceOf(
  raised: IntegrationException,
  clearance: { readonly eventId: string; readonly summary: string; readonly occurredAt: number },
): IntegrationException {
  return {
    ...raised,
    header: { ...raised.header, eventId: clearance.eventId, occurredAt: clearance.occurredAt },
    summary: clearance.summary,
    clears: true,
  };
}

function problemsOf(facts: ExceptionFacts, knownType: boolean): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  check(knownType, `type ${String(facts.type)} is not an ExceptionType`);
  check(
    Object.hasOwn(EntityType, facts.entity.type),
    `entity type ${facts.entity.type} is not an EntityType`,
  );
  check(Object.hasOwn(SourceSystem, facts.source), `source ${facts.source} is not a SourceSystem`);
  check(isText(facts.entity.id), 'entity id is empty');
  check(isText(facts.summary), 'summary is empty');
  check(isText(facts.eventId), 'event id is empty');
  check(isText(facts.producedBy), 'producedBy is empty');
  check(Number.isSafeInteger(facts.occurredAt), `occurredAt ${facts.occurredAt} is not epoch ms`);
  for (const part of facts.qualifier ?? [])
    check(typeof part === 'string', 'a qualifier is not a string');
  for (const [name, value] of Object.entries(facts.details ?? {})) {
    check(typeof value === 'string', `details.${name} is not a string`);
  }
  for (const [name, ref] of [
    ['archiveRef', facts.archiveRef],
    ['rawPayloadRef', facts.rawPayloadRef],
  ] as const) {
    check(ref === undefined || ref === null || typeof ref === 'string', `${name} is not a string`);
  }
  const record = facts.sourceRecord;
  if (record) {
    check(isText(record.topic), 'source topic is empty');
    check(isInt32(record.partition), `source partition ${record.partition} is not an int`);
    check(
      Number.isSafeInteger(record.offset) && record.offset >= 0,
      `source offset ${record.offset} is not a long`,
    );
  }
  return problems;
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0x7fffffff;
}
