import { parseOptions, type OptionSpec } from '../cli-options';

export const INVENTORY_SCENARIOS = ['ceiling', 'sustained', 'latency', 'prima-ack'] as const;
export type InventoryScenario = (typeof INVENTORY_SCENARIOS)[number];

/** What one `inventory` run does; every field has a flag of the same name in kebab-case. */
export interface InventoryBenchOptions {
  /** Movements pre-produced to wms.stock-movements.v1 before the service starts. */
  readonly movements: number;
  readonly skus: number;
  /** Depots per SKU (a Peoplevox and a Clarus warehouse take turns). */
  readonly depots: number;
  /** The latency and Prima-ack runs: movements per second and for how long. */
  readonly rate: number;
  readonly seconds: number;
  readonly scenarios: readonly InventoryScenario[];
}

const spec: OptionSpec<InventoryBenchOptions> = {
  movements: { default: 1_000_000, min: 1 },
  skus: { default: 50_000, min: 1 },
  depots: { default: 2, min: 1 },
  rate: { default: 2_000, min: 1 },
  seconds: { default: 30, min: 1 },
  scenarios: { default: INVENTORY_SCENARIOS, oneOf: INVENTORY_SCENARIOS },
};

export const inventoryUsage = `inventory [options]   (needs the built service: npx nx build inventory)
  --movements N   backlog through the built inventory service (default 1,000,000)
  --skus N        distinct SKUs (default 50,000)
  --depots N      depots per SKU (default 2)
  --rate N        latency and prima-ack runs: movements/s (default 2,000)
  --seconds N     latency and prima-ack runs: duration (default 30)
  --scenarios a,b any of ${INVENTORY_SCENARIOS.join(',')} (default all)`;

export function parseInventoryOptions(args: readonly string[]): InventoryBenchOptions {
  return parseOptions(spec, args);
}
