import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BenchDatabase } from './bench-database';

const load = createRequire(__filename);

/** The versions a result depends on, read from what actually ran rather than written down. */
export async function versions(database: BenchDatabase): Promise<Record<string, string>> {
  return {
    node: process.version,
    kafka: brokerVersion(),
    postgresql: await database.serverVersion(),
    kafkajs: packageVersion('kafkajs'),
    '@nestjs/microservices': packageVersion('@nestjs/microservices'),
  };
}

function packageVersion(name: string): string {
  return (load(`${name}/package.json`) as { version: string }).version;
}

// The stack runs the broker from its cache (…/kafka-<version>/libs/*) with main class kafka.Kafka.
function brokerVersion(): string {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const cmdline = readOrEmpty(`/proc/${pid}/cmdline`);
    if (cmdline.includes('kafka.Kafka')) {
      return /kafka-(\d+\.\d+\.\d+)\/libs/.exec(cmdline)?.[1] ?? 'unknown';
    }
  }
  return 'unknown';
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended meanwhile
  }
}
