export { currencyScale } from './money/currency-scale';
export { formatScaled, isDecimal, parseScaled, type Rounding, sumScaled } from './money/decimal';
export { type LineAmount, roundDocumentColumn } from './money/document-rounding';
export { prorate } from './money/prorate';
export { type OrderLineSplit, splitStockLines } from './order/order-line-split';
export {
  type SaleFigures,
  type SaleLineFigures,
  type TotalsCheck,
  type TotalsMismatch,
  totalsMismatches,
} from './sale/sale-totals';
