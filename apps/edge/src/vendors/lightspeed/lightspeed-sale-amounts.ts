import { roundDocumentColumn } from '@parity/domain';
import type { ParsedLightspeedSaleLine } from './lightspeed-sale.schema';

/** One line's realised amounts in minor units, signed as the line is. */
export interface LightspeedLineAmounts {
  readonly discountMinor: number;
  readonly taxMinor: number;
  readonly lineTotalMinor: number;
}

/**
 * Lightspeed's calculated line fields are unrounded ("11.4860025"); its sale is not: the sale's
 * calcSubtotal, calcDiscount, calcTax1 and calcTax2 are each the lines' exact sum rounded once,
 * and calcTotal and the payments follow from them. So each of those columns is rounded by the
 * document rounding rule (libs/domain) and shared back over the lines: the lines then add up to
 * the sale's own figures to the penny. A line's discount is calcLineDiscount plus
 * calcTransactionDiscount, its tax its two shares, and its total its subtotal less its discount,
 * plus its tax where prices exclude it. Undefined when an amount is beyond exact reach.
 */
export function lightspeedLineAmounts(
  lines: readonly ParsedLightspeedSaleLine[],
  pricesIncludeTax: boolean,
  scale: number,
): LightspeedLineAmounts[] | undefined {
  const subtotal = roundDocumentColumn(
    lines.map((line) => line.calcSubtotal),
    scale,
  );
  const discount = roundDocumentColumn(
    lines.map((line) => [line.calcLineDiscount, line.calcTransactionDiscount]),
    scale,
  );
  const tax1 = roundDocumentColumn(
    lines.map((line) => line.calcTax1),
    scale,
  );
  const tax2 = roundDocumentColumn(
    lines.map((line) => line.calcTax2),
    scale,
  );
  if (!subtotal || !discount || !tax1 || !tax2) return undefined;
  return lines.map((_, i) => {
    const discountMinor = discount[i] ?? 0;
    const taxMinor = (tax1[i] ?? 0) + (tax2[i] ?? 0);
    const netMinor = (subtotal[i] ?? 0) - discountMinor;
    return {
      discountMinor,
      taxMinor,
      lineTotalMinor: pricesIncludeTax ? netMinor : netMinor + taxMinor,
    };
  });
}
