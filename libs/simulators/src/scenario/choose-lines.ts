import type { Rng } from '../platform/rng';
import type { PlannedVariant } from './catalogue-plan';

/** `count` different variants, drawn uniformly from the catalogue. */
export function distinctVariants(
  rng: Rng,
  variants: readonly PlannedVariant[],
  count: number,
): PlannedVariant[] {
  const chosen = new Map<string, PlannedVariant>();
  const wanted = Math.min(count, variants.length);
  while (chosen.size < wanted) {
    const variant = rng.pick(variants);
    chosen.set(variant.sku, variant);
  }
  return [...chosen.values()];
}

/** Another size or colour of the same style (a matrix sibling), for an exchange. */
export function siblingOf(
  rng: Rng,
  variants: readonly PlannedVariant[],
  sku: string,
): PlannedVariant | undefined {
  const original = variants.find((variant) => variant.sku === sku);
  const siblings = variants.filter(
    (variant) => variant.styleCode === original?.styleCode && variant.sku !== sku,
  );
  return siblings.length > 0 ? rng.pick(siblings) : undefined;
}

/** One unit mostly, now and then two: how people buy clothes. */
export function unitsForLine(rng: Rng): number {
  return rng.chance(0.15) ? 2 : 1;
}
