import {
  ClarusCatalogue,
  LightspeedCatalogue,
  PeoplevoxCatalogue,
  SitooCatalogue,
  type CataloguePort,
  type ClarusClient,
  type LightspeedClient,
  type PeoplevoxClient,
  type SitooClient,
} from '@parity/connectors';
import type { InventoryWorld } from '../depots/inventory-world';
import type { CatalogueSettings } from './catalogue-settings';

/**
 * The catalogue ports of the targets inventory keeps Prima's item master in: each connected
 * one, or those INVENTORY_CATALOGUE_TARGETS names (a named target without a connection is a
 * configuration error, refused at boot). A till's tax class for Prima's VAT code is the world
 * model's, read at each write.
 */
export function cataloguePortsOf(
  clients: {
    readonly peoplevox: PeoplevoxClient | undefined;
    readonly clarus: ClarusClient | undefined;
    readonly sitoo: SitooClient | undefined;
    readonly lightspeed: LightspeedClient | undefined;
  },
  settings: CatalogueSettings,
  world: InventoryWorld,
): CataloguePort[] {
  const taxClassOf = (vendor: 'SITOO' | 'LIGHTSPEED') => (vatCode: string) =>
    world
      .current()
      .world.tables.taxClasses.find((row) => row.vendor === vendor && row.vatCode === vatCode)
      ?.taxClass;
  const { peoplevox, clarus, sitoo, lightspeed } = clients;
  const connected: CataloguePort[] = [
    ...(peoplevox ? [new PeoplevoxCatalogue(peoplevox)] : []),
    ...(clarus ? [new ClarusCatalogue(clarus)] : []),
    ...(sitoo ? [new SitooCatalogue(sitoo, taxClassOf('SITOO'))] : []),
    ...(lightspeed ? [new LightspeedCatalogue(lightspeed, taxClassOf('LIGHTSPEED'))] : []),
  ];
  if (settings.targets === undefined) return connected;
  const unconnected = settings.targets.filter((t) => !connected.some((p) => p.target === t));
  if (unconnected.length > 0) {
    throw new Error(
      `INVENTORY_CATALOGUE_TARGETS names ${unconnected.join(', ')}, which inventory has no connection to`,
    );
  }
  return connected.filter((port) => settings.targets?.includes(port.target));
}
