import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEnvFile } from 'node:process';
import { createKafkaClient, replayDeadLetters, type DeadLetterRecord } from '@parity/kafka';
import { setLogLevel } from '@parity/telemetry';
import { parseReplayArgs, UsageError, USAGE } from './args';

const REPO_ROOT = resolve(__dirname, '../../..');

/** The environment lacks a setting: exit 78 (EX_CONFIG), as the services do. */
class ConfigError extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  const { command, warnings } = parseReplayArgs(argv);
  if (command.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  const { options } = command;

  // The library's JSON logs would interleave with the listing; warnings and errors still show.
  setLogLevel('warn');
  const kafka = createKafkaClient({ brokers: kafkaBrokers(), clientId: 'parity-replay' });
  const result = await replayDeadLetters(kafka, options);

  const outcome = options.dryRun ? 'would replay' : 'replayed';
  for (const record of result.selected) process.stdout.write(`${describe(record, outcome)}\n`);
  process.stdout.write(
    `${result.dlqTopic}: ${result.scanned} dead letters read, ${result.selected.length} selected, ` +
      `${result.published} published to ${options.topic}${options.dryRun ? ' (dry run)' : ''}\n`,
  );
  return 0;
}

/** One line per record: where it sits, what it is, why it failed, and what happened to it. */
function describe(record: DeadLetterRecord, outcome: string): string {
  return [
    `${record.dlqTopic}/${record.partition}/${record.offset}`,
    `key=${record.key ?? '(none)'}`,
    `failed-at=${record.failedAt ?? '?'}`,
    `error=${record.errorCode ?? '?'}`,
    `group=${record.consumerGroup ?? '?'}`,
    `exception-id=${record.exceptionId ?? '?'}`,
    `replay-of=${record.replayOf}`,
    outcome,
  ].join('  ');
}

/**
 * KAFKA_BROKERS from the environment, else from the local stack's settings file, as the other
 * npm scripts load it (tools/bin/lib.sh); a variable already set wins over the file.
 */
function kafkaBrokers(): string[] {
  const stackEnv = join(process.env['PARITY_STATE_DIR'] || join(REPO_ROOT, '.stack'), 'stack.env');
  if (existsSync(stackEnv)) loadEnvFile(stackEnv);
  const brokers = (process.env['KAFKA_BROKERS'] ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  if (brokers.length === 0)
    throw new ConfigError(
      'KAFKA_BROKERS is not set (and no .stack/stack.env): export it or run `npm run stack -- up`',
    );
  return brokers;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`replay: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof ConfigError) {
      process.stderr.write(`replay: ${error.message}\n`);
      process.exitCode = 78;
    } else {
      process.stderr.write(
        `replay failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
