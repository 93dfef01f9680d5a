import type { Rng } from '../platform/rng';
import { netOfStandardRated } from './money';
import type { ScenarioConfig } from './scenario-config';

const COLOURS = ['BLK', 'NVY', 'WHT', 'RED', 'GRN', 'GRY', 'PNK', 'TAN'] as const;
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL'] as const;

/** One sellable item as Prima's item master has it (prices in pence). */
export interface PlannedItem {
  readonly sku: string;
  readonly description: string;
  readonly grossMinor: number;
  readonly netMinor: number;
  /** Prima's VAT code: S20 standard rate, Z0 zero rate. */
  readonly vatCode: 'S20' | 'Z0';
}

export interface PlannedVariant extends PlannedItem {
  readonly styleCode: string;
  readonly colour: string;
  readonly size: string;
}

export interface PlannedStyle {
  readonly styleCode: string;
  readonly description: string;
  readonly grossMinor: number;
  readonly variants: readonly PlannedVariant[];
}

/** How a till is set up for an item, where that deliberately differs from Prima. */
export interface TillSetup {
  readonly grossMinor: number;
  readonly vatPercent: number;
}

/** An item planted for bad data: what Prima (if anyone) knows, and what the tills say. */
export interface FaultyItem extends PlannedItem {
  readonly till: TillSetup;
}

export interface CataloguePlan {
  readonly styles: readonly PlannedStyle[];
  /** Every stocked SKU (the styles' variants), in a stable order. */
  readonly variants: readonly PlannedVariant[];
  /** Gift cards and services: NON_STOCK in Prima, never in a WMS. */
  readonly nonStock: readonly PlannedItem[];
  /**
   * Prima's generic non-stock item, which a till's miscellaneous lines post to (the world
   * model's nonStockItems); in Prima only, as no till sells it by code.
   */
  readonly genericNonStock: PlannedItem;
  readonly faults: {
    /** Exists in the tills only. */
    readonly unknownSku: FaultyItem;
    /** Zero-rated in Prima, charged at 20 % by the tills. */
    readonly taxMismatch: FaultyItem;
    /** Priced higher in the tills than in Prima's item master. */
    readonly totalsMismatch: FaultyItem;
  };
}

/** The catalogue a scenario seeds everywhere: styles × colours × sizes, plus non-stock items. */
export function planCatalogue(config: ScenarioConfig, rng: Rng): CataloguePlan {
  const { styles: styleCount, coloursPerStyle, sizesPerStyle } = config.catalogue;
  const styles = Array.from({ length: styleCount }, (_, index): PlannedStyle => {
    const styleCode = `ST${String(index + 1).padStart(4, '0')}`;
    const description = `Style ${index + 1}`;
    // £18.00 to £90.00 in steps of 6p, so the net price is exact.
    const grossMinor = 6 * rng.int(300, 1_500);
    const variants = COLOURS.slice(0, coloursPerStyle).flatMap((colour) =>
      SIZES.slice(0, sizesPerStyle).map((size): PlannedVariant => ({
        sku: `${styleCode}-${colour}-${size}`,
        description: `${description} ${colour} ${size}`,
        grossMinor,
        netMinor: netOfStandardRated(grossMinor),
        vatCode: 'S20',
        styleCode,
        colour,
        size,
      })),
    );
    return { styleCode, description, grossMinor, variants };
  });
  return {
    styles,
    variants: styles.flatMap((style) => style.variants),
    nonStock: config.catalogue.nonStockItems
      ? [
          standardRated('GIFTCARD-30', 'Gift card £30', 3_000),
          standardRated('ALTER-HEM', 'Alterations: hem', 1_200),
        ]
      : [],
    genericNonStock: standardRated('MISC-OPEN', 'Miscellaneous till line', 100),
    faults: {
      unknownSku: {
        ...standardRated('TILLONLY-0001', 'Till-only product', 3_000),
        till: { grossMinor: 3_000, vatPercent: 20 },
      },
      taxMismatch: {
        sku: 'KIDS-TEE-Z0',
        description: "Children's tee (zero-rated)",
        grossMinor: 1_200,
        netMinor: 1_200,
        vatCode: 'Z0',
        till: { grossMinor: 1_200, vatPercent: 20 },
      },
      totalsMismatch: {
        ...standardRated('PRICE-CLASH-01', 'Scarf (till price differs)', 2_400),
        till: { grossMinor: 3_000, vatPercent: 20 },
      },
    },
  };
}

function standardRated(sku: string, description: string, grossMinor: number): PlannedItem {
  return { sku, description, grossMinor, netMinor: netOfStandardRated(grossMinor), vatCode: 'S20' };
}
