import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { cursorOf, encodeCursor, pageLimit } from '../http/keyset-cursor';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { parityStatuses } from './assess-parity';
import { ParityQueryRepository } from './parity-query.repository';
import { ParityPageDto, parityRowDtoOf, ParitySummaryDto, paritySummaryDtoOf } from './parity.dto';

const listParityQuery = z.strictObject({
  sku: z.string().min(1).optional(),
  depot: z.string().min(1).optional(),
  status: z.enum(parityStatuses).optional(),
  limit: pageLimit,
  cursor: cursorOf(2),
});
type ListParityQuery = z.output<typeof listParityQuery>;

/** The stock-parity view over HTTP. */
@ApiTags('parity')
@Controller('parity')
export class ParityController {
  constructor(private readonly view: ParityQueryRepository) {}

  @Get()
  @ApiQuery({ name: 'sku', required: false })
  @ApiQuery({ name: 'depot', required: false })
  @ApiQuery({ name: 'status', required: false, enum: parityStatuses })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiOkResponse({ type: ParityPageDto, description: 'Ordered by depot, then SKU.' })
  @ApiBadRequestResponse({ description: 'A filter, the limit or the cursor is malformed.' })
  async list(
    @Query(new ZodValidationPipe(listParityQuery)) query: ListParityQuery,
  ): Promise<ParityPageDto> {
    const [afterDepot, afterSku] = query.cursor ?? [];
    const rows = await this.view.list({
      sku: query.sku,
      depot: query.depot,
      status: query.status,
      after:
        afterDepot !== undefined && afterSku !== undefined ? [afterDepot, afterSku] : undefined,
      limit: query.limit,
    });
    const acks = await this.view.acksOf(rows);
    const last = rows.at(-1);
    return {
      items: rows.map((row) =>
        parityRowDtoOf(
          row,
          acks.filter((a) => a.depot === row.depot && a.sku === row.sku),
        ),
      ),
      nextCursor: last && rows.length === query.limit ? encodeCursor([last.depot, last.sku]) : null,
    };
  }

  @Get('summary')
  @ApiOkResponse({ type: ParitySummaryDto, description: 'Rows per status, overall and per depot.' })
  async summary(): Promise<ParitySummaryDto> {
    return paritySummaryDtoOf(await this.view.countsByDepotAndStatus());
  }
}
