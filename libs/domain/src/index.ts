export { currencyScale } from './money/currency-scale';
export { formatScaled, isDecimal, parseScaled, type Rounding } from './money/decimal';
export { roundDocumentColumn } from './money/document-rounding';
export { prorate } from './money/prorate';
export { type OrderLineSplit, splitStockLines } from './order/order-line-split';
export {
  type SaleFigures,
  type SaleLineFigures,
  type TotalsCheck,
  type TotalsMismatch,
  totalsMismatches,
} from './sale/sale-totals';
