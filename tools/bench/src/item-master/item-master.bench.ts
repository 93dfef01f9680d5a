import {
  ClarusClient,
  clarusCatalogue,
  LightspeedClient,
  lightspeedCatalogue,
  LightspeedTokenService,
  PeoplevoxClient,
  peoplevoxCatalogue,
  SitooClient,
  sitooCatalogue,
  type CatalogueItem,
  type CataloguePort,
  type CatalogueTargetName,
} from '@parity/connectors';
import {
  createClarusSimulator,
  createLightspeedSimulator,
  createPeoplevoxSimulator,
  createSandbox,
  createSitooSimulator,
} from '@parity/simulators';
import { parseOptions, type OptionSpec } from '../cli-options';
import { fmt, say } from '../output';

interface ItemMasterOptions {
  /** The catalogue size the figures are projected to. */
  readonly skus: number;
  /** SKUs loaded into each target that publishes no limit or a generous one. */
  readonly sample: number;
  /** SKUs loaded into Lightspeed, whose bucket drips about one write per 10 s per register. */
  readonly lightspeedSample: number;
  readonly lightspeedRegisters: number;
}

const spec: OptionSpec<ItemMasterOptions> = {
  skus: { default: 50_000, min: 1 },
  sample: { default: 600, min: 15 },
  lightspeedSample: { default: 45, min: 15 },
  lightspeedRegisters: { default: 1, min: 1 },
};

export const itemMasterUsage = `item-master [options]
  --skus N                     catalogue size the figures are projected to (default 50,000)
  --sample N                   SKUs actually loaded into Peoplevox, Clarus and Sitoo (default 600)
  --lightspeed-sample N        SKUs actually loaded into Lightspeed (default 45)
  --lightspeed-registers N     registers on the Lightspeed account, which size its bucket (default 1)`;

const SIZES = ['XS', 'S', 'M', 'L', 'XL'] as const;
const COLOURS = ['Navy', 'White', 'Pink'] as const;
const TAX: Readonly<Record<string, number>> = { S20: 2000 };
const CREDENTIALS = {
  peoplevox: { clientId: 'BENCH', username: 'parity', password: 'bench-pw' },
  clarus: {
    clientId: 'parity',
    clientSecret: 'bench-secret',
    username: 'parity-api',
    password: 'bench-pw',
    subdomain: 'bench',
  },
  sitoo: { accountId: '90210', apiId: 'parity', password: 'bench-pw' },
  lightspeed: { accountId: '80421', clientId: 'parity-bench', clientSecret: 'bench-secret' },
};

/**
 * The initial load of Prima's item master into each target through its catalogue adapter,
 * at the production clients' own rate budgets against simulators enforcing the vendors'
 * limits (Lightspeed's leaky bucket), one batch at a time per target as inventory writes them.
 * A full 50,000 takes hours at these limits (Clarus has no batch call; Lightspeed drips), so
 * each target loads a sample and the run projects the catalogue size from the measured calls
 * per SKU and seconds per call; the baseline in the same run is the fewest calls the vendor's
 * API allows for the sample, and the time those take at the same budget.
 */
export async function itemMasterBench(args: readonly string[]): Promise<number> {
  const options = parseOptions(spec, args);
  const sandbox = await createSandbox({
    seed: 17,
    simulators: [
      createPeoplevoxSimulator(CREDENTIALS.peoplevox),
      createClarusSimulator({
        clientId: CREDENTIALS.clarus.clientId,
        clientSecret: CREDENTIALS.clarus.clientSecret,
        apiUser: { username: CREDENTIALS.clarus.username, password: CREDENTIALS.clarus.password },
        subdomain: CREDENTIALS.clarus.subdomain,
      }),
      createSitooSimulator(CREDENTIALS.sitoo),
      createLightspeedSimulator({
        ...CREDENTIALS.lightspeed,
        initialRefreshToken: 'bench-refresh',
        registers: options.lightspeedRegisters,
      }),
    ],
  }).listen(0);
  const calls = countCalls(sandbox.url);
  try {
    say(
      `item master: ${fmt.int(options.sample)} SKUs into Peoplevox, Clarus and Sitoo, ` +
        `${fmt.int(options.lightspeedSample)} into Lightspeed (${options.lightspeedRegisters} register(s)), ` +
        `projected to ${fmt.int(options.skus)}; in parallel, each target one batch at a time`,
    );
    const loads = targetsOf(sandbox.url, options.lightspeedRegisters).map(
      async ({ port, minimumCalls }) => {
        const size = port.target === 'LIGHTSPEED' ? options.lightspeedSample : options.sample;
        const items = catalogue(size);
        const started = Date.now();
        const outcomes: Record<string, number> = {};
        for (let i = 0; i < items.length; i += port.batchSize) {
          for (const o of await port.upsertItems(items.slice(i, i + port.batchSize))) {
            outcomes[o.outcome] = (outcomes[o.outcome] ?? 0) + 1;
          }
        }
        const seconds = (Date.now() - started) / 1000;
        return { target: port.target, size, seconds, outcomes, minimum: minimumCalls(size) };
      },
    );
    const results = await Promise.all(loads);
    say();
    say(
      '| target | SKUs loaded | outcomes | calls | minimum calls | time | SKUs/s | projected time for the catalogue |',
    );
    say('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      const made = calls.of(r.target);
      const projected = (r.seconds / r.size) * options.skus;
      say(
        `| ${r.target} | ${fmt.int(r.size)} | ${Object.entries(r.outcomes)
          .map(([k, n]) => `${k.toLowerCase()} ${n}`)
          .join(', ')} | ${fmt.int(made)} | ${fmt.int(r.minimum)} | ${fmt.fixed(r.seconds)} s | ` +
          `${fmt.fixed(r.size / r.seconds)} | ${duration(projected)} |`,
      );
    }
    return 0;
  } finally {
    calls.stop();
    await sandbox.close();
  }
}

/** Styles of 3 colours × 5 sizes, `size` SKUs in all, each naming its style's SKUs. */
function catalogue(size: number): CatalogueItem[] {
  const items: CatalogueItem[] = [];
  for (let s = 0; items.length < size; s++) {
    const code = `ST${String(s).padStart(5, '0')}`;
    const variants = COLOURS.flatMap((colour) => SIZES.map((sz) => ({ colour, size: sz })));
    const skus = variants.map((v) => `${code}-${v.colour.slice(0, 3).toUpperCase()}-${v.size}`);
    variants.forEach((v, i) => {
      if (items.length >= size) return;
      items.push({
        sku: skus[i] ?? '',
        description: `Linen shirt ${v.colour} ${v.size}`,
        barcodes: [`50${String(items.length).padStart(11, '0')}`],
        isStockItem: true,
        status: 'ACTIVE',
        taxCode: 'S20',
        unitOfMeasure: 'EA',
        prices: [{ priceList: 'SELL', currency: 'GBP', unitPriceMinor: 4_800, includesTax: true }],
        style: {
          code,
          description: 'Linen shirt',
          attributes: [
            { name: 'Colour', value: v.colour },
            { name: 'Size', value: v.size },
          ],
          variantSkus: skus,
        },
      });
    });
  }
  return items;
}

/** Each target's port on a production-configured client, and the fewest calls its API allows. */
function targetsOf(
  url: string,
  lightspeedRegisters: number,
): { port: CataloguePort; minimumCalls: (skus: number) => number }[] {
  let tokens = { accessToken: '', refreshToken: 'bench-refresh', expiresAt: 0 };
  const styles = (skus: number) => Math.ceil(skus / 15);
  return [
    {
      port: peoplevoxCatalogue(
        new PeoplevoxClient({ baseUrl: `${url}/peoplevox`, ...CREDENTIALS.peoplevox }),
      ),
      // SaveData takes many rows: one save per 100 rows (the adapter's batch), no read needed
      // on an empty WMS, plus the session.
      minimumCalls: (skus) => Math.ceil(skus / 100) + 1,
    },
    {
      port: clarusCatalogue(new ClarusClient({ baseUrl: `${url}/clarus`, ...CREDENTIALS.clarus })),
      // One POST per product: Clarus has no batch create.
      minimumCalls: (skus) => skus,
    },
    {
      port: sitooCatalogue(
        new SitooClient({ baseUrl: `${url}/sitoo`, siteId: 1, ...CREDENTIALS.sitoo }),
        (code) => TAX[code],
      ),
      // A batch POST of the styles' parents, then one of their variants, per 100.
      minimumCalls: (skus) =>
        Math.ceil(styles(skus) / 100) + Math.ceil((skus - styles(skus)) / 100),
    },
    {
      port: lightspeedCatalogue(
        new LightspeedClient({
          baseUrl: `${url}/lightspeed`,
          accountId: CREDENTIALS.lightspeed.accountId,
          registers: lightspeedRegisters,
          tokens: new LightspeedTokenService({
            store: { load: async () => tokens, save: async (next) => void (tokens = next) },
            clientId: CREDENTIALS.lightspeed.clientId,
            clientSecret: CREDENTIALS.lightspeed.clientSecret,
            tokenUrl: `${url}/lightspeed/auth/oauth/token`,
          }),
        }),
        () => '1',
      ),
      // One matrix per style and one Item per SKU: Lightspeed has no batch create.
      minimumCalls: (skus) => styles(skus) + skus,
    },
  ];
}

/** Counts the HTTP calls made to each simulated vendor (the admin API apart). */
function countCalls(sandboxUrl: string): {
  of: (target: CatalogueTargetName) => number;
  stop: () => void;
} {
  const original = globalThis.fetch;
  const counts = new Map<string, number>();
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(sandboxUrl) && !url.startsWith(`${sandboxUrl}/admin`)) {
      const vendor = url.slice(sandboxUrl.length + 1).split('/')[0] ?? '';
      counts.set(vendor, (counts.get(vendor) ?? 0) + 1);
    }
    return original(input, init);
  };
  return {
    of: (target) => counts.get(target.toLowerCase()) ?? 0,
    stop: () => void (globalThis.fetch = original),
  };
}

function duration(seconds: number): string {
  if (seconds < 120) return `${fmt.fixed(seconds)} s`;
  if (seconds < 7_200) return `${fmt.fixed(seconds / 60)} min`;
  if (seconds < 172_800) return `${fmt.fixed(seconds / 3_600)} h`;
  return `${fmt.fixed(seconds / 86_400)} days`;
}
