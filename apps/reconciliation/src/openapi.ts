import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the API's OpenAPI document at /openapi.json and its browsable UI at /docs. */
export function serveOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Parity reconciliation')
      .setDescription(
        'The exception ledger (open → acknowledged → resolved, with who and when) the stock-parity view per SKU × depot, and the world model (versioned, every change audited).',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });
}
