import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allTopics } from '@parity/contracts';
import { workspaceRoot } from '../support/service-env';
import { stackEnv } from '../support/stack-env';
import { unique } from '../support/unique';
import { RegistrySubjects } from './registry-subjects';
import { withFirstStringFieldAsLong, withOptionalField, withRequiredField } from './schema-changes';

/** The released form of each schema, as `npx nx run contracts:release-schemas` last wrote it. */
function releasedSchemas(): Map<string, object> {
  const dir = join(workspaceRoot, 'libs', 'contracts', 'avro', 'released');
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.avsc'))
      .map((file) => [
        file.replace(/\.avsc$/, ''),
        JSON.parse(readFileSync(join(dir, file), 'utf8')),
      ]),
  );
}

/** Each value schema of the catalog once (the exceptions topics share one). */
const currentSchemas = [
  ...new Map(allTopics.map((topic) => [topic.valueSchema.fullName, topic.valueSchema.schema])),
];

describe('schema evolution, against the real registry under BACKWARD compatibility', () => {
  const registry = new RegistrySubjects(stackEnv('SCHEMA_REGISTRY_URL'));
  const released = releasedSchemas();
  const subjects: string[] = [];

  /** A subject no other run uses, set to BACKWARD as Parity's subjects are. */
  async function backwardSubject(fullName: string): Promise<string> {
    const subject = `${unique(`contracts.${fullName}`)}-value`;
    subjects.push(subject);
    expect(await registry.setCompatibility(subject, 'BACKWARD')).toMatchObject({ status: 200 });
    return subject;
  }

  afterAll(async () => {
    await Promise.all(subjects.map((subject) => registry.delete(subject).catch(() => undefined)));
  });

  it('has a released form only of schemas that still exist', () => {
    const current = new Set(currentSchemas.map(([fullName]) => fullName));
    expect([...released.keys()].filter((fullName) => !current.has(fullName))).toEqual([]);
  });

  describe.each(currentSchemas)('%s', (fullName, schema) => {
    it('registers the released version, then accepts the current one and a compatible evolution', async () => {
      const subject = await backwardSubject(fullName);
      const base = released.get(fullName);
      // A schema not released yet (a new topic) has nothing to stay compatible with.
      if (base) expect(await registry.register(subject, base)).toMatchObject({ status: 200 });
      expect(await registry.register(subject, schema)).toMatchObject({ status: 200 });
      expect(await registry.register(subject, withOptionalField(schema))).toMatchObject({
        status: 200,
      });
    });

    it.each([
      ['a new field without a default', withRequiredField],
      ["a field's type changed from string to long", withFirstStringFieldAsLong],
    ])('rejects %s with HTTP 409', async (_change, change) => {
      const subject = await backwardSubject(fullName);
      expect(await registry.register(subject, schema)).toMatchObject({ status: 200 });
      expect(await registry.register(subject, change(schema))).toMatchObject({
        status: 409,
        body: { error_code: 409 },
      });
    });
  });
});
