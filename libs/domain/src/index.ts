export { formatScaled, parseScaled, type Rounding } from './decimal';
