import {
  rowKeys,
  rowName,
  tableNames,
  tillVendors,
  wmsVendors,
  type RowOf,
  type TableName,
  type WorldTables,
} from './world-tables';

const isWms = (vendor: string) => (wmsVendors as readonly string[]).includes(vendor);
const isTill = (vendor: string) => (tillVendors as readonly string[]).includes(vendor);

/**
 * Every contradiction in a world, one message each, naming the row: a row listed twice, a
 * reference to a store, depot, VAT code or payment method the world does not have, a depot
 * whose owner or WMS has no location of it, two depots claiming one till location. Empty
 * means the world is consistent. Rows are taken as parsed (rowSchemas): field-level checks
 * are the schema's.
 */
export function worldProblems(world: WorldTables): string[] {
  return [
    ...tableNames.flatMap((table) => duplicates(world, table)),
    ...depotProblems(world),
    ...locationProblems(world),
    ...mappingProblems(world),
  ];
}

function duplicates(world: WorldTables, table: TableName): string[] {
  const keyOf = rowKeys[table] as (row: unknown) => string;
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const row of world[table]) {
    const key = keyOf(row);
    if (seen.has(key)) problems.push(`${table}[${key}]: listed twice`);
    seen.add(key);
  }
  return problems;
}

function depotProblems(world: WorldTables): string[] {
  const stores = new Set(world.stores.map((s) => s.code));
  const problems: string[] = [];
  const tillClaims = new Map<string, string>();
  for (const depot of world.depots) {
    const at = (message: string) => problems.push(`${rowName('depots', depot)}: ${message}`);
    const tills = depot.push.sitooWarehouseId !== null || depot.push.lightspeedShopId !== null;
    if (depot.owner !== 'PRIMA' && depot.wms !== depot.owner) {
      at(`owned by ${depot.owner}, so ${depot.owner} is the WMS serving it`);
    }
    if (depot.wms !== null) {
      const sites = world.vendorLocations.filter(
        (l) => l.vendor === depot.wms && l.depot === depot.code,
      );
      if (sites.length === 0) at(`served by ${depot.wms} but no ${depot.wms} location maps to it`);
      if (sites.length > 1) {
        at(`${depot.wms} locations ${sites.map((s) => s.location).join(', ')} all map to it`);
      }
    }
    if (depot.owner === 'PRIMA' && depot.push.prima) {
      at('a Prima-owned depot takes no push from Parity: Prima holds its figures');
    }
    if (depot.owner !== 'PRIMA' && tills) {
      at("tills are pushed from Prima's available-to-sell: only a PRIMA-owned depot has them");
    }
    if (tills && depot.store === null) at('a depot with tills names its store');
    if (depot.store !== null && !stores.has(depot.store)) at(`unknown store ${depot.store}`);
    const claims = [
      depot.push.sitooWarehouseId !== null && `SITOO:${depot.push.sitooWarehouseId}`,
      depot.push.lightspeedShopId !== null && `LIGHTSPEED:${depot.push.lightspeedShopId}`,
    ].filter((claim): claim is string => claim !== false);
    for (const claim of claims) {
      const other = tillClaims.get(claim);
      if (other !== undefined) at(`pushes to till location ${claim}, already pushed by ${other}`);
      tillClaims.set(claim, depot.code);
    }
  }
  return problems;
}

function locationProblems(world: WorldTables): string[] {
  const stores = new Set(world.stores.map((s) => s.code));
  const depots = new Set(world.depots.map((d) => d.code));
  const problems: string[] = [];
  for (const location of world.vendorLocations) {
    const at = (message: string) =>
      problems.push(`${rowName('vendorLocations', location)}: ${message}`);
    if (location.depot !== null && !depots.has(location.depot)) {
      at(`unknown depot ${location.depot}`);
    }
    if (location.store !== null && !stores.has(location.store)) {
      at(`unknown store ${location.store}`);
    }
    if (isWms(location.vendor) && location.depot === null) at('a WMS location maps to a depot');
    if (isWms(location.vendor) && location.store !== null) at('a WMS location sells for no store');
    if (isTill(location.vendor) && location.store === null) at('a till location names its store');
  }
  return problems;
}

function mappingProblems(world: WorldTables): string[] {
  const vatCodes = new Set(world.vatCodes.map((v) => v.code));
  const paymentMethods = new Set(world.paymentMethods.map((p) => p.code));
  return [
    ...unknownReferences(world, 'taxClasses', (row) => row.vatCode, vatCodes, 'VAT code'),
    ...unknownReferences(
      world,
      'tenders',
      (row) => row.paymentMethod,
      paymentMethods,
      'payment method',
    ),
  ];
}

function unknownReferences<T extends TableName>(
  world: WorldTables,
  table: T,
  referenceOf: (row: RowOf<T>) => string,
  known: ReadonlySet<string>,
  what: string,
): string[] {
  return (world[table] as RowOf<T>[])
    .filter((row) => !known.has(referenceOf(row)))
    .map((row) => `${rowName(table, row)}: unknown ${what} ${referenceOf(row)}`);
}
