export { ConfigError } from './config-error';
export { loadConfig, type Env } from './load-config';
export {
  hostPortList,
  httpUrl,
  jsonSetting,
  port,
  positiveMs,
  postgresUrl,
  requireTogether,
} from './env-types';
export { platformEnvSchema, type PlatformConfig } from './platform-config';
