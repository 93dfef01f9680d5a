import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { COMPONENT_NAMES, type ComponentName, loadConfig } from './config';
import { shellExports } from './env';
import { ComponentFailures, StackError } from './errors';
import { consoleReporter } from './report';
import * as stack from './stack';

const USAGE = `Usage: npm run stack -- <command>

  up                  provision (cached) and start postgres, kafka, jaeger and the registry; idempotent
  down                stop what \`up\` started
  stop <component>    stop one component (${COMPONENT_NAMES.join(', ')}) to rehearse an outage; \`up\` restarts it
  status              each component's address, pid and health (exit code 3 if any is not healthy)
  logs [component] [-f] [-n N]
                      tail the logs (${COMPONENT_NAMES.join(', ')}); -f follows
  reset               down, then delete all stack data (Kafka logs, databases, roles, .stack/)
  env                 connection settings as shell exports: eval "$(npm run -s stack -- env)"

Settings (environment): KAFKA_PORT, KAFKA_CONTROLLER_PORT, REGISTRY_PORT, REGISTRY_MANAGEMENT_PORT, PGPORT,
JAEGER_OTLP_GRPC_PORT, JAEGER_OTLP_HTTP_PORT, JAEGER_QUERY_PORT, JAEGER_QUERY_GRPC_PORT, JAEGER_HEALTH_PORT,
DATABASE_URL / DATABASE_APP_URL (use an existing PostgreSQL), PARITY_STATE_DIR, PARITY_CACHE_DIR,
PARITY_UP_TIMEOUT / PARITY_STOP_TIMEOUT (seconds), PARITY_JAVA_HOME, PARITY_JAVA21_HOME. See docs/stack.md.
`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const reporter = consoleReporter();
  switch (command) {
    case 'up':
      await stack.up(loadConfig(), reporter);
      return 0;
    case 'down':
      await stack.down(loadConfig(), reporter);
      return 0;
    case 'stop': {
      const name = rest[0];
      if (!(COMPONENT_NAMES as readonly (string | undefined)[]).includes(name)) {
        throw new StackError(`stop: name one of ${COMPONENT_NAMES.join(', ')}`);
      }
      await stack.stop(loadConfig(), reporter, name as ComponentName);
      return 0;
    }
    case 'reset':
      await stack.reset(loadConfig(), reporter);
      return 0;
    case 'status': {
      const config = loadConfig();
      const entries = await stack.status(config, reporter);
      reporter.line('stack', '', `state ${config.stateDir}, cache ${config.cacheDir}`);
      return entries.every((entry) => entry.healthy) ? 0 : 3;
    }
    case 'env':
      process.stdout.write(shellExports(stack.env(loadConfig())));
      return 0;
    case 'logs':
      return logs(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

/** Hands the files to tail(1), which already does following, several files and headers well. */
async function logs(args: string[]): Promise<number> {
  let follow = false;
  let lines = '50';
  let only: ComponentName | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-f' || arg === '--follow') {
      follow = true;
    } else if (arg === '-n') {
      lines = args[++i] ?? lines;
    } else if ((COMPONENT_NAMES as readonly string[]).includes(arg)) {
      only = arg as ComponentName;
    } else {
      throw new StackError(
        `logs: unknown argument ${arg} (components: ${COMPONENT_NAMES.join(', ')})`,
      );
    }
  }
  const files = (await stack.logFiles(loadConfig(), only)).filter((file) => existsSync(file));
  if (files.length === 0) {
    throw new StackError(
      `no log files yet${only ? ` for ${only}` : ''}: run \`npm run stack -- up\` first`,
    );
  }
  const tail = spawn('tail', ['-n', lines, ...(follow ? ['-F'] : []), ...files], {
    stdio: 'inherit',
  });
  return new Promise((resolveCode) => tail.on('close', (code) => resolveCode(code ?? 0)));
}

/**
 * kafkajs 2.2.4 arms a timer with a negative delay on every connection (requestQueue's scheduleCheckPendingRequests);
 * Node >= 23 warns about it, harmlessly (the delay becomes 1ms). Keep that one warning out of the CLI's table; print the rest.
 */
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'TimeoutNegativeWarning') {
    process.stderr.write(`${warning.name}: ${warning.message}\n`);
  }
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ComponentFailures) {
      // The table already showed each failure's first line; add only what follows it (log tails and such).
      for (const { component, message } of error.failures) {
        const details = message.split('\n').slice(1).join('\n').trim();
        if (details) process.stderr.write(`\n${component}:\n${details}\n`);
      }
    } else if (error instanceof StackError) {
      process.stderr.write(`\nerror: ${error.message}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
