import { readResult } from './prima-result';
import { describeWithSamples, primaSample } from './prima-sample-answers';
import { availabilityFromXml } from './prima-wire';
import { repeated } from './prima-xml';

const rows = (name: string, requestType: string, element: string) => {
  const [data] = readResult(primaSample(name), 'read', requestType).data;
  return repeated(data, element).map(availabilityFromXml);
};

describeWithSamples("Prima's captured availability answers", () => {
  it('reads the whole ProductAvailableToSell feed, zero rows included', () => {
    const feed = rows('productavailabletosell-response', 'ProductAvailableToSell', 'sku');

    expect(feed).toHaveLength(5387);
    expect(feed[0]).toEqual({
      itemCode: '200CH-G-060',
      quantityAvailableToSell: 1,
      availableDate: null,
    });
    expect(feed).toContainEqual({
      itemCode: '201B-F-085',
      quantityAvailableToSell: 0,
      availableDate: '20/12/2019',
    });
    expect(feed).toContainEqual({
      itemCode: 'XSOCKCAMPER-NONE-LARG',
      quantityAvailableToSell: 11,
      availableDate: null,
    });
  });

  it('reads MultiAvailableToSell, whose rows are SKU, upper case', () => {
    const answer = rows('multiavailabletosell-response', 'MultiAvailableToSell', 'SKU');

    expect(answer).toHaveLength(17);
    expect(answer[0]).toEqual({
      itemCode: 'ETOS-F-050',
      quantityAvailableToSell: 1,
      availableDate: null,
    });
  });
});
