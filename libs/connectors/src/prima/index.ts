export { PRIMA_CLIENT, type PrimaClient } from './prima-client';
export { PRIMA_ERROR, PrimaRequestError, type PrimaErrorLine } from './prima-result';
export { paritySkuOf, primaSkuOf, type PrimaSku } from './prima-sku';
export { PrimaSoapClient, type PrimaSoapClientOptions } from './prima-soap.client';
export type * from './prima.types';
