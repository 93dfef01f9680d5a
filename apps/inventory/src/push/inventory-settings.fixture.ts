import { vendorConnectionEnv, vendorConnectionsOf } from '@parity/connectors';
import { z } from 'zod';
import type { DepotMap } from '../depots/depot-settings';
import type { InventorySettings } from '../inventory.config';
import { pushEnv, pushSettingsOf } from './push-settings';

/** Inventory's settings for unit specs: these depots, no vendors, the default cadence. */
export function inventorySettingsWith(depots: DepotMap): InventorySettings {
  return {
    depots,
    vendors: vendorConnectionsOf(z.object(vendorConnectionEnv).parse({})),
    safetyBufferUnits: 0,
    snapshotIntervalMs: 1_000,
    baselineFromOwner: false,
    push: pushSettingsOf(pushEnv.parse({})),
  };
}
