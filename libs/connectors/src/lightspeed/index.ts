export {
  LightspeedClient,
  collect,
  SALE_RELATIONS,
  type LightspeedClientOptions,
} from './lightspeed.client';
export {
  LightspeedTokenService,
  type LightspeedTokens,
  type LightspeedTokenServiceOptions,
  type LightspeedTokenStore,
} from './lightspeed-tokens';
export { SqlTokenStore, type SqlQueryRunner } from './sql-token-store';
export { lightspeedBucket, observeBucketLevel } from './lightspeed-budget';
export { asArray, unwrapCollections } from './v3-collections';
export type * from './lightspeed-types';
