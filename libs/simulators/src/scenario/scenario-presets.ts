import {
  scenarioConfigSchema,
  type ScenarioConfig,
  type ScenarioConfigInput,
} from './scenario-config';

/** Rates from docs/workloads.md for a £100–150m brand with ~85 stores, busiest hour of Black Friday. */
const peak: ScenarioConfigInput = {
  seed: 1,
  // One simulated hour in five wall-clock minutes.
  speed: 12,
  durationMinutes: 60,
  stores: { sitoo: 43, lightspeed: 42 },
  warehouses: [
    { depotCode: 'WH1', wms: 'peoplevox', site: 'PrimarySite' },
    { depotCode: 'WH2', wms: 'clarus', site: 'MAIN' },
  ],
  // 800 SKUs keeps seeding of 85 tills to a minute; raise `styles` for catalogue-size runs.
  catalogue: { styles: 40, coloursPerStyle: 4, sizesPerStyle: 5, nonStockItems: true },
  startingStock: { perWarehouseSku: 500, perStoreSku: 6 },
  rates: {
    onlineOrdersPerHour: 3_000,
    posSalesPerHour: 7_000,
    receiptsPerHour: 60,
    adjustmentsPerHour: 600,
  },
  returnRate: 0.08,
  exchangeRate: 0.03,
  linesPerOrder: { min: 2, max: 3 },
  linesPerSale: { min: 1, max: 4 },
  discountRate: 0.15,
  nonStockLineRate: 0.05,
  miscellaneousLineRate: 0.02,
  withoutCompleteTimeRate: 0.02,
  unitsReceivedPerLine: { min: 12, max: 48 },
  badData: {
    unknownSku: 0,
    unmappedShop: 0,
    taxMismatch: 0,
    totalsMismatch: 0,
    malformedPayload: 0,
  },
  beliefRefreshMs: 2_000,
};

/** A small estate at an ordinary hour's pace, every record valid: the demo's default. */
const clean: ScenarioConfigInput = {
  ...peak,
  speed: 1,
  stores: { sitoo: 3, lightspeed: 3 },
  warehouses: [{ depotCode: 'WH1', wms: 'peoplevox', site: 'PrimarySite' }],
  catalogue: { styles: 10, coloursPerStyle: 3, sizesPerStyle: 4, nonStockItems: true },
  startingStock: { perWarehouseSku: 200, perStoreSku: 4 },
  rates: {
    onlineOrdersPerHour: 600,
    posSalesPerHour: 2_500,
    receiptsPerHour: 20,
    adjustmentsPerHour: 60,
  },
};

/** Peak trading with the bad data W5 expects (2 % bad tax or totals) and a little more. */
const dirty: ScenarioConfigInput = {
  ...peak,
  badData: {
    unknownSku: 0.01,
    unmappedShop: 0.005,
    taxMismatch: 0.01,
    totalsMismatch: 0.01,
    malformedPayload: 0.005,
  },
};

/**
 * Peak trading on a drop: the peak's rates on a small range held in few units, so SKUs sell
 * out, are restocked and sell out again within the hour. Overselling happens at the edge of
 * zero, so this is the scenario `npm run bench -- oversell` compares push designs on.
 */
const sellout: ScenarioConfigInput = {
  ...peak,
  catalogue: { styles: 8, coloursPerStyle: 4, sizesPerStyle: 5, nonStockItems: true },
  startingStock: { perWarehouseSku: 6, perStoreSku: 3 },
  unitsReceivedPerLine: { min: 3, max: 12 },
};

export const scenarioPresets = { clean, peak, dirty, sellout } as const;
export type ScenarioPresetName = keyof typeof scenarioPresets;

/** Every field optional, at any depth; arrays are replaced whole. */
export type ScenarioOverrides = {
  [K in keyof ScenarioConfigInput]?: ScenarioConfigInput[K] extends readonly unknown[]
    ? ScenarioConfigInput[K]
    : ScenarioConfigInput[K] extends object
      ? Partial<ScenarioConfigInput[K]>
      : ScenarioConfigInput[K];
};

/**
 * A preset with overrides laid over it, validated; throws a ZodError naming every bad field.
 * Overrides merge one level deep (`{ rates: { posSalesPerHour: 10 } }` keeps the other rates).
 */
export function scenarioConfig(
  preset: ScenarioPresetName,
  overrides: ScenarioOverrides = {},
): ScenarioConfig {
  const base: Record<string, unknown> = { ...scenarioPresets[preset] };
  for (const [key, value] of Object.entries(overrides)) {
    const current = base[key];
    base[key] = isPlainObject(current) && isPlainObject(value) ? { ...current, ...value } : value;
  }
  return scenarioConfigSchema.parse(base);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
