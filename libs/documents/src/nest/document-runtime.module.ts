import {
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type InjectionToken,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { KafkaRuntime } from '@parity/kafka';
import { DataSource } from 'typeorm';
import type { DocumentType } from '../document';
import { DocumentRuntime, type DocumentRuntimeOptions } from '../document-runtime';
import { DocumentsController } from './documents.controller';
import { DOCUMENT_RUNTIME } from './tokens';

export { DOCUMENT_RUNTIME } from './tokens';

/** What a service gives the runtime: its document types and options, built from its own providers. */
export interface DocumentRuntimeSetup {
  readonly inject?: InjectionToken[];
  readonly useFactory: (...deps: never[]) => {
    readonly types: readonly DocumentType<unknown>[];
    readonly options: DocumentRuntimeOptions;
  };
}

/** Starts the workers once the application is up and stops them before it shuts down. */
@Injectable()
class DocumentRuntimeLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(DOCUMENT_RUNTIME) private readonly runtime: DocumentRuntime) {}

  onApplicationBootstrap(): void {
    this.runtime.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runtime.stop();
  }
}

/**
 * The document runtime for a Nest service: `DOCUMENT_RUNTIME` to ask for documents with,
 * its workers run for the application's life, and the operators' `/documents` API.
 */
@Module({})
export class DocumentRuntimeModule {
  static forRoot(setup: DocumentRuntimeSetup): DynamicModule {
    return {
      module: DocumentRuntimeModule,
      global: true,
      controllers: [DocumentsController],
      providers: [
        {
          provide: DOCUMENT_RUNTIME,
          inject: [DataSource, KafkaRuntime, ...(setup.inject ?? [])],
          useFactory: (db: DataSource, kafka: KafkaRuntime, ...deps: never[]) => {
            const { types, options } = setup.useFactory(...deps);
            // The runtime's publisher writes to this service's outbox, so its relay sends them.
            return new DocumentRuntime(db, kafka.publisher, types, options);
          },
        },
        DocumentRuntimeLifecycle,
      ],
      exports: [DOCUMENT_RUNTIME],
    };
  }
}
