export {
  codeForStatus,
  ConnectorError,
  retryAfterMs,
  type ConnectorErrorCode,
  type Vendor,
} from './http/connector-error';
export { createOnce, type CreateOnce } from './http/create-once';
export {
  VendorHttp,
  type QueryValue,
  type VendorAuth,
  type VendorHttpOptions,
  type VendorRequest,
  type VendorResponse,
} from './http/vendor-http';
export { ClarusClient, classifyGraphqlErrors, type ClarusClientOptions } from './clarus';
export type * from './clarus/clarus.types';
export * from './sitoo';
export * from './prima';
export * from './lightspeed';
export * from './peoplevox';
export {
  VENDOR_CONNECTION_KEYS,
  vendorConnectionEnv,
  vendorConnectionsOf,
  type VendorConnections,
} from './settings/vendor-connection-settings';
export * from './nest';
export * from './wms';
export * from './catalogue';
