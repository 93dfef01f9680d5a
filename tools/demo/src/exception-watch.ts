import { randomUUID } from 'node:crypto';
import { exceptionTopicFor, type IntegrationException, type Team } from '@parity/contracts';
import type { AvroSerde } from '@parity/kafka';
import type { Admin, Kafka } from 'kafkajs';

const TEAMS: readonly Team[] = ['FINANCE', 'WAREHOUSE', 'RETAIL_OPS', 'DATA', 'PLATFORM'];

type Offsets = Map<number, number>;

/**
 * The integration exceptions raised during this run, read from the team topics themselves
 * (the ledger holds every earlier run's too): their offsets when the run started are the line.
 */
export class ExceptionWatch {
  private readonly start = new Map<Team, Offsets>();

  constructor(
    private readonly kafka: Kafka,
    private readonly admin: Admin,
    private readonly serde: AvroSerde,
  ) {}

  async markStart(): Promise<void> {
    for (const team of TEAMS) this.start.set(team, await this.ends(team));
  }

  /** Exceptions raised since the start, over all teams. */
  async count(): Promise<number> {
    let n = 0;
    for (const team of TEAMS)
      n += this.total(await this.ends(team)) - this.total(this.start.get(team));
    return n;
  }

  /** Every exception raised since the start, decoded. */
  async raised(): Promise<IntegrationException[]> {
    const found: IntegrationException[] = [];
    for (const team of TEAMS) found.push(...(await this.read(team)));
    return found;
  }

  private async read(team: Team): Promise<IntegrationException[]> {
    const topic = exceptionTopicFor(team);
    const from = this.start.get(team) ?? new Map();
    const to = await this.ends(team);
    const expected = this.total(to) - this.total(from);
    if (expected === 0) return [];
    await this.serde.register(topic);
    const consumer = this.kafka.consumer({ groupId: `parity-demo-${randomUUID().slice(0, 8)}` });
    const found: IntegrationException[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: topic.name, fromBeginning: true });
    let positioned = false;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (positioned) return;
      positioned = true;
      for (const [partition, offset] of from)
        consumer.seek({ topic: topic.name, partition, offset: String(offset) });
    });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 30_000);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          if (Number(message.offset) < (from.get(partition) ?? 0)) return;
          if (Number(message.offset) >= (to.get(partition) ?? 0)) return;
          found.push(await this.serde.decode(topic, message.value));
          if (found.length >= expected) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    await consumer.disconnect();
    return found;
  }

  private async ends(team: Team): Promise<Offsets> {
    const offsets = await this.admin.fetchTopicOffsets(exceptionTopicFor(team).name);
    return new Map(offsets.map(({ partition, high }) => [partition, Number(high)]));
  }

  private total(offsets: Offsets | undefined): number {
    return [...(offsets?.values() ?? [])].reduce((a, b) => a + b, 0);
  }
}
