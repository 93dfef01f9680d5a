import { ExceptionType } from '../generated';
import { exceptionOf, type ExceptionFacts } from './exception-of';
import { exceptionOwners } from './exception-owners';

/*
 * Compile-time checks, run by `nx run contracts:typecheck` (a dependency of contracts:test):
 * each `@ts-expect-error` fails the build if the line below it starts to compile, that is if
 * ExceptionType widens to string or the builder starts taking a team or an unknown type.
 */
const facts: Omit<ExceptionFacts, 'type'> = {
  entity: { type: 'SKU', id: 'TEE-NVY-M' },
  summary: 's',
  eventId: 'e',
  source: 'PARITY',
  producedBy: 'contracts/spec',
  occurredAt: 0,
};

export function typesOutsideTheContractDoNotCompile(): void {
  // @ts-expect-error a typo is not an exception type
  const typo: ExceptionType = 'SKU_UNKOWN_IN_WMS';
  // @ts-expect-error nor is any string
  const anyString: ExceptionType = String('POISON_MESSAGE');
  // @ts-expect-error the builder takes only contract types
  exceptionOf({ ...facts, type: 'NOT_A_TYPE' });
  // @ts-expect-error the team is the type's owner, never the caller's choice
  exceptionOf({ ...facts, type: 'STOCK_DRIFT', team: 'FINANCE' });
  void [typo, anyString];
}

describe('exception types', () => {
  it('are the Avro enum symbols, each with an owner, and nothing else has one', () => {
    expect(Object.keys(exceptionOwners).sort()).toEqual(Object.keys(ExceptionType).sort());
  });
});
