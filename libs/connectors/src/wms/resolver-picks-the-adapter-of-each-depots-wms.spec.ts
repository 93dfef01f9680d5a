import { wmsResolver, type WmsPort } from './wms-port';

const port = (wms: WmsPort['wms']) => ({ wms }) as WmsPort;

describe('the WMS resolver', () => {
  const peoplevox = port('PEOPLEVOX');
  const lookup = (depot: string) =>
    ({
      WH1: { wms: 'PEOPLEVOX', location: 'PrimarySite' },
      WH2: { wms: 'CLARUS', location: 'MAIN' },
    })[depot] as { wms: WmsPort['wms']; location: string } | undefined;
  const resolve = wmsResolver(lookup, [peoplevox]);

  it("gives a depot its WMS's adapter and its location there", () => {
    expect(resolve('WH1')).toEqual({ port: peoplevox, location: 'PrimarySite' });
  });

  it('resolves no depot whose WMS is not connected, nor one the lookup does not know', () => {
    expect(resolve('WH2')).toBeUndefined();
    expect(resolve('STORE01')).toBeUndefined();
  });
});
