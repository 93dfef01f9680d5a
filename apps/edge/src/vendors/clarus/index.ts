export { normaliseClarusWebhook } from './normalise-clarus-webhook';
export { CLARUS_TRIGGERS, type ClarusTrigger } from './clarus-payload';
export {
  verifyClarusHeaders,
  type ClarusHeaderCheck,
  type ExpectedClarusSender,
} from './clarus-headers';
