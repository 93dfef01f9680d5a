import { exceptionOf, Topics, type PosSale } from '@parity/contracts';
import { currencyScale, formatScaled } from '@parity/domain';
import { canonical, canonicalException, type CanonicalEvent } from './canonical-event';

/** A till transaction as mapped, before edge has checked that its own figures add up. */
export type MappedTillSale = Omit<PosSale, 'totalsProblem'>;

/**
 * A till transaction's events: the sale, and, when the till's own figures do not add up, a
 * TOTALS_MISMATCH exception for finance about it. A till's record is what happened at the
 * counter (Sitoo's published refund pays −2900.00 against a total of −2990.00), so a mismatch
 * is not a malformed payload: the sale goes through carrying `totalsProblem`, and finance is
 * told through the exception ledger, in the same transaction as the sale. The exception's id
 * follows the sale's event id, so a sale read again (a poll's overlap, an edit) folds into the
 * same record instead of raising another.
 */
export function tillSaleEvents(sale: MappedTillSale, statedTotalMinor?: number): CanonicalEvent[] {
  const totalsProblem = tillTotalsProblem(sale, statedTotalMinor);
  const events = [canonical(Topics.posSalesV1, { ...sale, totalsProblem })];
  if (totalsProblem === null) return events;
  const saleRef = `${sale.store}:${sale.saleId}`;
  const { header } = sale;
  return [
    ...events,
    canonicalException(
      exceptionOf({
        type: 'TOTALS_MISMATCH',
        entity: { type: 'POS_SALE', id: saleRef },
        summary: `${header.source} till transaction ${saleRef}: ${totalsProblem}. It went onto pos.sales.v1 as the till recorded it; review it before it is posted to Prima.`,
        eventId: `edge:totals:${header.eventId}`,
        source: header.source,
        producedBy: header.producedBy,
        occurredAt: header.occurredAt,
        archiveRef: header.archiveRef,
        rawPayloadRef: header.archiveRef ? `edge.inbound_archive/${header.archiveRef}` : null,
        details: {
          currency: sale.currency,
          linesTotalMinor: String(sale.totalMinor),
          paymentsMinor: String(sum(sale.payments.map((payment) => payment.amountMinor))),
          ...(statedTotalMinor === undefined ? {} : { statedTotalMinor: String(statedTotalMinor) }),
        },
      }),
    ),
  ];
}

/**
 * What does not add up on a till transaction, in words finance can act on, or null: its
 * payments against its lines, and the total the till itself stated (Sitoo's
 * `moneytotal_gross_all`), if it stated one.
 */
function tillTotalsProblem(sale: MappedTillSale, statedTotalMinor?: number): string | null {
  const total = sum(sale.lines.map((line) => line.lineTotalMinor));
  const paid = sum(sale.payments.map((payment) => payment.amountMinor));
  const money = (minor: number) =>
    `${formatScaled(minor, currencyScale(sale.currency))} ${sale.currency}`;
  const problems = [
    ...(statedTotalMinor !== undefined && statedTotalMinor !== total
      ? [`the till states a total of ${money(statedTotalMinor)}`]
      : []),
    ...(paid !== total ? [`the payments add up to ${money(paid)}`] : []),
  ];
  return problems.length === 0
    ? null
    : `The lines add up to ${money(total)}, but ${problems.join(' and ')}`;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
