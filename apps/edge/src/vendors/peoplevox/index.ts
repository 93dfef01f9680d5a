export { normalisePeoplevoxCallback } from './normalise-peoplevox-callback';
export {
  PEOPLEVOX_CALLBACK_TEMPLATES,
  peoplevoxCallbackEventFor,
  peoplevoxCallbackTemplate,
  type PeoplevoxCallbackEvent,
} from '@parity/connectors';
