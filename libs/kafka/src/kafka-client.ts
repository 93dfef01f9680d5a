import { Kafka, logLevel, type LogEntry, type logCreator } from 'kafkajs';
import { createLogger } from '@parity/telemetry';

export interface KafkaClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
}

/** A kafkajs client whose own log lines join the service's JSON log stream. */
export function createKafkaClient(options: KafkaClientOptions): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    logLevel: logLevel.WARN,
    logCreator: jsonLogCreator,
  });
}

const jsonLogCreator: logCreator = () => {
  const log = createLogger('kafkajs');
  return ({ level, log: entry }: LogEntry) => {
    // kafkajs adds its own timestamp and logger name; ours already carry both.
    const { message, timestamp: _timestamp, logger: _logger, ...fields } = entry;
    const event = `kafkajs.${message}`;
    if (level <= logLevel.ERROR) log.error(event, fields);
    else if (level === logLevel.WARN) log.warn(event, fields);
    else if (level === logLevel.INFO) log.info(event, fields);
    else log.debug(event, fields);
  };
};
