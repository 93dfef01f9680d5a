import { Controller, Get, Header } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';

// Process metrics (CPU, memory, event-loop lag, GC) beside the runtime's own.
collectDefaultMetrics();

/** Prometheus scrape endpoint: the Kafka runtime's metrics, the process's, and any a service adds. */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
