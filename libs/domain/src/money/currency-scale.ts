/** ISO 4217 minor-unit digits: 2 for GBP, 0 for JPY, 3 for KWD. */
export function currencyScale(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}
