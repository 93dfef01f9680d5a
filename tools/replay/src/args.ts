import { parseArgs } from 'node:util';
import { DLQ_SUFFIX, findTopic } from '@parity/contracts';
import type { ReplayOptions } from '@parity/kafka';

export const USAGE = `Usage: npm run replay -- --topic <topic> <selection> [--dry-run]

Re-publishes dead letters of <topic> (read from <topic>.dlq) to <topic>, once their cause is
fixed. The DLQ keeps them; replaying a record twice applies it once. See docs/runbook.md.

  --topic <name>          the source topic, as in the catalog (e.g. wms.stock-movements.v1)
  --key <key>             only records with this message key
  --from <ISO time>       only records dead-lettered at or after this time (parity-dlq-failed-at)
  --to <ISO time>         only records dead-lettered before this time
  --exception-id <id>     only the record that raised this integration exception
  --group <consumer group> only records dead-lettered by this consumer group
  --all                   every record of the DLQ (required when no other selection is given)
  --dry-run               list what would be replayed, publish nothing
  --allow-unknown-topic   accept a topic that is not in the catalog (warns)

Settings (environment, else .stack/stack.env): KAFKA_BROKERS.
`;

export class UsageError extends Error {}

export type Command = { readonly help: true } | { readonly help: false; options: ReplayOptions };

export interface Parsed {
  readonly command: Command;
  readonly warnings: readonly string[];
}

/** Turns the command line into replay options, refusing anything ambiguous or malformed. */
export function parseReplayArgs(argv: readonly string[]): Parsed {
  const { values, positionals } = parse(argv);
  if (values.help) return { command: { help: true }, warnings: [] };
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  if (!values.topic) throw new UsageError('--topic is required');

  const warnings: string[] = [];
  if (values.topic.endsWith(DLQ_SUFFIX))
    throw new UsageError(
      `give the source topic, not its dead-letter topic: --topic ${values.topic.slice(0, -DLQ_SUFFIX.length)}`,
    );
  if (!findTopic(values.topic)) {
    if (!values['allow-unknown-topic'])
      throw new UsageError(
        `${values.topic} is not in the topic catalog (--allow-unknown-topic to replay it anyway)`,
      );
    warnings.push(`${values.topic} is not in the topic catalog; replaying it anyway`);
  }
  const from = time('--from', values.from);
  const to = time('--to', values.to);
  if (from && to && from >= to) throw new UsageError('--from must be before --to');

  const selection = {
    key: values.key,
    from,
    to,
    exceptionId: values['exception-id'],
    consumerGroup: values.group,
  };
  const selects = Object.values(selection).some((v) => v !== undefined);
  // Replaying a whole DLQ re-sends records whose cause may not be fixed: ask for it explicitly.
  if (!selects && !values.all)
    throw new UsageError('give a selection (--key, --from/--to, --exception-id, --group) or --all');
  if (selects && values.all) throw new UsageError('--all cannot be combined with a selection');

  return {
    command: {
      help: false,
      options: { topic: values.topic, ...selection, dryRun: values['dry-run'] ?? false },
    },
    warnings,
  };
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        topic: { type: 'string' },
        key: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'exception-id': { type: 'string' },
        group: { type: 'string' },
        all: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'allow-unknown-topic': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs names the unknown option or the missing value; say it our way.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

// Only full ISO 8601 timestamps with a zone: a bare date or local time would silently shift
// the window by the operator's offset from UTC.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function time(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!ISO_WITH_ZONE.test(value) || Number.isNaN(date.getTime()))
    throw new UsageError(`${flag} must be an ISO 8601 time with a zone, e.g. 2026-11-22T09:00:00Z`);
  return date;
}
