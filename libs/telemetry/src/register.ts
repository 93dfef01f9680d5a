// Side-effect entry point: `import '@parity/telemetry/register'` as the first line of
// a main.ts starts tracing before anything it should trace is loaded.
import { startTelemetry } from './tracing';

startTelemetry();
