import {
  clarusCatalogue,
  lightspeedCatalogue,
  peoplevoxCatalogue,
  sitooCatalogue,
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
 * configuration error, refused at boot). A till's tax for Prima's VAT code comes from the world
 * model, read at each write: Lightspeed's tax class, Sitoo's VAT rate.
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
  const tables = () => world.current().world.tables;
  // Lightspeed names its tax classes; the world maps each to a Prima VAT code.
  const lightspeedTaxClassOf = (vatCode: string) =>
    tables().taxClasses.find((row) => row.vendor === 'LIGHTSPEED' && row.vatCode === vatCode)
      ?.taxClass;
  // Sitoo's products take the account's VAT group of the code's rate.
  const vatRateOf = (vatCode: string) =>
    tables().vatCodes.find((row) => row.code === vatCode)?.rateBasisPoints;
  const { peoplevox, clarus, sitoo, lightspeed } = clients;
  const connected: CataloguePort[] = [
    ...(peoplevox ? [peoplevoxCatalogue(peoplevox)] : []),
    ...(clarus ? [clarusCatalogue(clarus)] : []),
    ...(sitoo ? [sitooCatalogue(sitoo, vatRateOf)] : []),
    ...(lightspeed ? [lightspeedCatalogue(lightspeed, lightspeedTaxClassOf)] : []),
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
