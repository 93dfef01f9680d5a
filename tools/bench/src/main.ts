import { UsageError } from './cli-options';
import { documentsBench, documentsUsage } from './documents/documents.bench';
import { edgeBench } from './edge/edge.bench';
import { edgeUsage } from './edge/edge-options';
import { inventoryBench } from './inventory/inventory.bench';
import { itemMasterBench, itemMasterUsage } from './item-master/item-master.bench';
import { inventoryUsage } from './inventory/inventory-options';
import { kafkaRuntimeBench } from './kafka-runtime/kafka-runtime.bench';
import { kafkaRuntimeUsage } from './kafka-runtime/kafka-runtime-options';
import { oversellBench, oversellUsage } from './oversell/oversell.bench';
import { paritySweepBench, paritySweepUsage } from './parity-sweep/parity-sweep.bench';

/**
 * `npm run bench -- <name> [options]`. Each benchmark is a function from its arguments to an
 * exit code; the figures it prints go into docs/benchmarks.md.
 */
const benchmarks: Readonly<Record<string, (args: readonly string[]) => Promise<number>>> = {
  'kafka-runtime': kafkaRuntimeBench,
  edge: edgeBench,
  'parity-sweep': paritySweepBench,
  inventory: inventoryBench,
  oversell: oversellBench,
  documents: documentsBench,
  'item-master': itemMasterBench,
};

const usage = `usage: npm run bench -- <benchmark> [options]

benchmarks:
  ${kafkaRuntimeUsage.replace(/\n/g, '\n  ')}
  ${edgeUsage.replace(/\n/g, '\n  ')}
  ${paritySweepUsage.replace(/\n/g, '\n  ')}
  ${inventoryUsage.replace(/\n/g, '\n  ')}
  ${oversellUsage.replace(/\n/g, '\n  ')}
  ${documentsUsage.replace(/\n/g, '\n  ')}
  ${itemMasterUsage.replace(/\n/g, '\n  ')}
`;

async function main(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  const bench = name === undefined ? undefined : benchmarks[name];
  if (!bench) {
    process.stderr.write(name ? `unknown benchmark: ${name}\n\n${usage}` : usage);
    return 2;
  }
  try {
    return await bench(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage}`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
