export { backoffMs, defaultRetryPolicy, type RetryPolicy } from './retry-policy';
export { sleep, TokenBucket } from './token-bucket';
