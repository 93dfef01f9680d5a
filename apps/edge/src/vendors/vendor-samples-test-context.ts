import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The vendors' own published payloads (../shared/vendor-samples beside the clone, see its
 * README). They are not part of the project: specs that read them skip when the folder is absent.
 */
const SAMPLES = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'vendor-samples');

export const describeWithVendorSamples = existsSync(SAMPLES) ? describe : describe.skip;

export function vendorSample(name: string): unknown {
  return JSON.parse(readFileSync(join(SAMPLES, name), 'utf8'));
}
