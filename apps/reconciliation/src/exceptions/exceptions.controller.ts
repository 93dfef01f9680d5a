import {
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { encodeCursor } from '../http/keyset-cursor';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import {
  ExceptionDto,
  exceptionDtoOf,
  ExceptionPageDto,
  ExceptionWithHistoryDto,
  TransitionRequestDto,
  transitionDtoOf,
} from './exception.dto';
import { ExceptionLedger } from './exception-ledger.service';
import {
  exceptionId,
  exceptionTypes,
  listExceptionsQuery,
  teams,
  transitionBody,
  type ListExceptionsQuery,
  type TransitionBody,
} from './exception-requests';
import { exceptionStatuses } from './ledger-entry';
import type { TransitionAction } from './transitions';

/** The exception ledger over HTTP: list, read, acknowledge, resolve. */
@ApiTags('exceptions')
@Controller('exceptions')
export class ExceptionsController {
  constructor(private readonly ledger: ExceptionLedger) {}

  @Get()
  @ApiQuery({ name: 'team', required: false, enum: teams })
  @ApiQuery({ name: 'type', required: false, enum: exceptionTypes })
  @ApiQuery({ name: 'status', required: false, enum: exceptionStatuses })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiOkResponse({ type: ExceptionPageDto, description: 'Newest first.' })
  @ApiBadRequestResponse({ description: 'A filter, the limit or the cursor is malformed.' })
  async list(
    @Query(new ZodValidationPipe(listExceptionsQuery)) query: ListExceptionsQuery,
  ): Promise<ExceptionPageDto> {
    const items = await this.ledger.list({
      team: query.team,
      type: query.type,
      status: query.status,
      beforeId: query.cursor?.[0],
      limit: query.limit,
    });
    const last = items.at(-1);
    return {
      items: items.map(exceptionDtoOf),
      nextCursor: last && items.length === query.limit ? encodeCursor([last.id]) : null,
    };
  }

  @Get(':id')
  @ApiOkResponse({ type: ExceptionWithHistoryDto })
  @ApiNotFoundResponse({ description: 'No exception has this id.' })
  async get(@Param('id') id: string): Promise<ExceptionWithHistoryDto> {
    const known = this.knownId(id);
    const entry = await this.ledger.find(known);
    if (!entry) throw notFound(id);
    const history = await this.ledger.history(known);
    return { ...exceptionDtoOf(entry), history: history.map(transitionDtoOf) };
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiBody({ type: TransitionRequestDto })
  @ApiOkResponse({ type: ExceptionDto, description: 'Now ACKNOWLEDGED.' })
  @ApiBadRequestResponse({ description: 'The body is malformed.' })
  @ApiNotFoundResponse({ description: 'No exception has this id.' })
  @ApiConflictResponse({ description: 'Only an OPEN exception can be acknowledged.' })
  acknowledge(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(transitionBody)) body: TransitionBody,
  ): Promise<ExceptionDto> {
    return this.move(id, 'acknowledge', body);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiBody({ type: TransitionRequestDto })
  @ApiOkResponse({ type: ExceptionDto, description: 'Now RESOLVED.' })
  @ApiBadRequestResponse({ description: 'The body is malformed.' })
  @ApiNotFoundResponse({ description: 'No exception has this id.' })
  @ApiConflictResponse({ description: 'The exception is already RESOLVED.' })
  resolve(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(transitionBody)) body: TransitionBody,
  ): Promise<ExceptionDto> {
    return this.move(id, 'resolve', body);
  }

  private async move(id: string, action: TransitionAction, body: TransitionBody) {
    const result = await this.ledger.transitionTo(this.knownId(id), action, {
      by: body.by,
      note: body.note ?? null,
      at: new Date(),
    });
    if (result.outcome === 'not-found') throw notFound(id);
    if (result.outcome === 'refused') throw new ConflictException(result.reason);
    return exceptionDtoOf(result.entry);
  }

  /** A malformed id names no record: 404, like an unknown one. */
  private knownId(id: string): string {
    if (!exceptionId.safeParse(id).success) throw notFound(id);
    return id;
  }
}

function notFound(id: string): NotFoundException {
  return new NotFoundException(`no exception has id ${id}`);
}
