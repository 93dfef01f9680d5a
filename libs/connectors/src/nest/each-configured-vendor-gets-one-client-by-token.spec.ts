import 'reflect-metadata';
import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PrimaSoapClient } from '../prima/prima-soap.client';
import {
  CLARUS_CLIENT,
  LIGHTSPEED_CLIENT,
  PRIMA_CLIENT,
  SITOO_CLIENT,
} from './vendor-client-tokens';
import { VendorClientsModule } from './vendor-clients.module';

const CONFIG = Symbol('CONFIG');
const prima = {
  baseUrl: 'http://prima.invalid',
  clientId: 'parity',
  clientSecret: 'secret',
  companyId: 'ACME',
};

// Like PlatformModule's config: global, so the vendor module can inject it.
@Global()
@Module({ providers: [{ provide: CONFIG, useValue: { prima } }], exports: [CONFIG] })
class ConfigModule {}

@Module({})
class RootModule {}

describe('VendorClientsModule', () => {
  it('provides a configured vendor under its token, once, and an unconfigured one as undefined', async () => {
    const app = await NestFactory.createApplicationContext(
      {
        module: RootModule,
        imports: [
          ConfigModule,
          VendorClientsModule.forRoot({
            inject: [CONFIG],
            useFactory: (connections: { prima: typeof prima }) => ({ connections }),
          }),
        ],
      },
      { logger: false, abortOnError: false },
    );
    expect(app.get(PRIMA_CLIENT)).toBeInstanceOf(PrimaSoapClient);
    expect(app.get(PRIMA_CLIENT)).toBe(app.get(PRIMA_CLIENT));
    for (const token of [CLARUS_CLIENT, SITOO_CLIENT, LIGHTSPEED_CLIENT]) {
      expect(app.get(token)).toBeUndefined();
    }
    await app.close();
  });
});
