export {
  WorldApi,
  type ChangeStamp,
  type WorldApiAnswer,
  type WorldVersionBody,
} from './world-api';
export { publishWorld, worldOfLocations, type TestLocation } from './world-seed';
