import {
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Put,
  Query,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { encodeCursor } from '../http/keyset-cursor';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { WorldModelStore, type WorldChangeOutcome } from './world-model.service';
import {
  auditEntryDtoOf,
  AuditPageDto,
  openApiSchemaOf,
  worldVersionDtoOf,
  WorldVersionDto,
} from './world.dto';
import {
  auditQuery,
  changeWorldBody,
  replaceWorldBody,
  worldVersionParam,
  type AuditQuery,
  type ChangeWorldBody,
  type ReplaceWorldBody,
} from './world-requests';

const refused =
  'The world the change would make is inconsistent: nothing changed; `message` names each row and why.';
const stale = 'baseVersion is no longer the current version: nothing changed.';

/** The world model over HTTP: read it, read any version, change it, read its audit. */
@ApiTags('world')
@Controller('world')
export class WorldController {
  constructor(private readonly store: WorldModelStore) {}

  @Get()
  @ApiOkResponse({ type: WorldVersionDto, description: 'The current version (0: none yet).' })
  async current(): Promise<WorldVersionDto> {
    return worldVersionDtoOf(await this.store.current());
  }

  @Get('versions/:version')
  @ApiOkResponse({ type: WorldVersionDto })
  @ApiNotFoundResponse({ description: 'No version has this number.' })
  async version(@Param('version') raw: string): Promise<WorldVersionDto> {
    const number = worldVersionParam.safeParse(raw);
    const found = number.success ? await this.store.find(number.data) : undefined;
    if (!found) throw new NotFoundException(`no world version ${raw}`);
    return worldVersionDtoOf(found);
  }

  @Post('changes')
  @HttpCode(200)
  @ApiBody({ schema: openApiSchemaOf(changeWorldBody, 'input') })
  @ApiOkResponse({ type: WorldVersionDto, description: 'The new current version.' })
  @ApiBadRequestResponse({ description: 'The body is malformed (names every bad field).' })
  @ApiUnprocessableEntityResponse({ description: refused })
  @ApiConflictResponse({ description: stale })
  async change(
    @Body(new ZodValidationPipe(changeWorldBody)) body: ChangeWorldBody,
  ): Promise<WorldVersionDto> {
    return answer(await this.store.change(body.change, stampOf(body), body.baseVersion));
  }

  @Put()
  @ApiBody({ schema: openApiSchemaOf(replaceWorldBody, 'input') })
  @ApiOkResponse({ type: WorldVersionDto, description: 'The new current version.' })
  @ApiBadRequestResponse({ description: 'The body is malformed (names every bad field).' })
  @ApiUnprocessableEntityResponse({ description: refused })
  @ApiConflictResponse({ description: stale })
  async replace(
    @Body(new ZodValidationPipe(replaceWorldBody)) body: ReplaceWorldBody,
  ): Promise<WorldVersionDto> {
    return answer(await this.store.replace(body.world, stampOf(body), body.baseVersion));
  }

  @Get('audit')
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiOkResponse({
    type: AuditPageDto,
    description: 'Every version, who, when and what; newest first.',
  })
  async audit(@Query(new ZodValidationPipe(auditQuery)) query: AuditQuery): Promise<AuditPageDto> {
    const before = query.cursor?.[0];
    const items = await this.store.audit(query.limit, before ? Number(before) : undefined);
    const last = items.at(-1);
    return {
      items: items.map(auditEntryDtoOf),
      nextCursor:
        last && items.length === query.limit ? encodeCursor([String(last.version)]) : null,
    };
  }
}

function stampOf(body: { by: string; note?: string }) {
  return { by: body.by, note: body.note ?? null, at: new Date() };
}

function answer(result: WorldChangeOutcome): WorldVersionDto {
  if (result.outcome === 'refused') {
    throw new UnprocessableEntityException({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: result.problems,
    });
  }
  if (result.outcome === 'stale') {
    throw new ConflictException(
      `baseVersion is not the current version ${result.current}: nothing changed`,
    );
  }
  return worldVersionDtoOf(result.version);
}
