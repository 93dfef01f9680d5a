import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Query,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { DocumentRuntime } from '../document-runtime';
import { DOCUMENT_RUNTIME } from './tokens';

const filter = z
  .object({
    type: z.string().min(1).optional(),
    target: z.string().min(1).optional(),
    status: z.enum(['PENDING', 'CONFIRMED', 'REFUSED', 'CANCELLED']).optional(),
    key: z.string().min(1).optional(),
    ids: z.array(z.coerce.number().int().positive()).optional(),
  })
  .strict();

const listQuery = filter.omit({ ids: true }).extend({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** An operator action: what it applies to, who asks and why (kept in the audit). */
const action = z
  .object({
    filter: filter.refine((f) => Object.keys(f).length > 0, {
      message: 'name at least one of type, target, status, key, ids: an empty filter is everything',
    }),
    by: z.string().trim().min(1),
    reason: z.string().trim().min(1),
  })
  .strict();

function parsed<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BadRequestException(
    result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`),
  );
}

/**
 * Operators' view of the service's outbound documents: list by status, type or key; retry
 * one or all of a filter (refused ones are asked again, ones in backoff at once); cancel.
 * Every action is audited with who, when, why and how many it touched.
 */
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly db: DataSource,
    @Inject(DOCUMENT_RUNTIME) private readonly runtime: DocumentRuntime,
  ) {}

  @Get()
  async list(@Query() query: unknown) {
    const { limit, offset, ...where } = parsed(listQuery, query);
    return this.runtime.store.list(this.db.manager, where, { limit, offset });
  }

  /** Per type: pending, held, refused, cancelled, and the confirmed by outcome. */
  @Get('progress')
  async progress(@Query() query: unknown) {
    return this.runtime.store.progress(this.db.manager, parsed(filter.omit({ ids: true }), query));
  }

  @Get('audit')
  async audit(@Query('limit') limit?: string) {
    return this.runtime.store.auditTrail(
      this.db.manager,
      parsed(z.coerce.number().int().min(1).max(500).default(100), limit),
    );
  }

  @Post('retry')
  @HttpCode(200)
  async retry(@Body() body: unknown) {
    const { filter: where, ...actor } = parsed(action, body);
    return {
      retried: await this.db.transaction((tx) => this.runtime.store.retry(tx, where, actor)),
    };
  }

  @Post('cancel')
  @HttpCode(200)
  async cancel(@Body() body: unknown) {
    const { filter: where, ...actor } = parsed(action, body);
    return {
      cancelled: await this.db.transaction((tx) => this.runtime.store.cancel(tx, where, actor)),
    };
  }
}
