export { PRIMA_CLIENT, type PrimaClient } from './prima-client';
export { PrimaRestClient, type PrimaRestClientOptions } from './prima-rest.client';
export type * from './prima.types';
