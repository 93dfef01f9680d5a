import { pageRecords } from './v3-collections';

describe('the single-object-versus-array collapse', () => {
  it('turns a one-record page and one-element relations into arrays, at any depth', () => {
    const page = {
      '@attributes': { next: '', previous: '' },
      Sale: {
        saleID: '7',
        SaleLines: {
          SaleLine: { saleLineID: '1', Item: { Prices: { ItemPrice: { amount: '1' } } } },
        },
        SalePayments: { SalePayment: [{ salePaymentID: '1' }, { salePaymentID: '2' }] },
      },
    };
    expect(pageRecords(page, 'Sale')).toEqual([
      {
        saleID: '7',
        SaleLines: [{ saleLineID: '1', Item: { Prices: [{ amount: '1' }] } }],
        SalePayments: [{ salePaymentID: '1' }, { salePaymentID: '2' }],
      },
    ]);
  });

  it('reads an empty page, which has no entity key at all', () => {
    expect(pageRecords({ '@attributes': { next: '', previous: '' } }, 'Sale')).toEqual([]);
  });
});
