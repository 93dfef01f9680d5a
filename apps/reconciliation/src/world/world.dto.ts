import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { worldTablesSchema } from '@parity/world';
import { z } from 'zod';
import type { AuditEntry, WorldVersion } from './world-version';

// Response shapes as the OpenAPI document describes them. The world's own shape is generated
// from the zod schemas that validate it (libs/world), so the document cannot drift from them.

/** A zod schema as an OpenAPI schema object. */
export function openApiSchemaOf(schema: z.ZodType, io: 'input' | 'output'): SchemaObject {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return json as SchemaObject;
}

export class AuditEntryDto {
  @ApiProperty({ example: 4 }) version!: number;
  @ApiProperty({ example: 'jane@retailer.example' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({
    description:
      'What changed: `{"kind":"CHANGE_SET","changeSet":{…}}`, or `{"kind":"REPLACE","rows":{table: count}}` for a whole world.',
    type: 'object',
    additionalProperties: true,
  })
  change!: AuditEntry['change'];
}

export class WorldVersionDto extends AuditEntryDto {
  @ApiProperty(openApiSchemaOf(worldTablesSchema, 'output') as ApiPropertyOptions)
  tables!: WorldVersion['tables'];
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function auditEntryDtoOf(entry: AuditEntry): AuditEntryDto {
  return {
    version: entry.version,
    by: entry.by,
    at: entry.at.toISOString(),
    note: entry.note,
    change: entry.change,
  };
}

export function worldVersionDtoOf(version: WorldVersion): WorldVersionDto {
  return { ...auditEntryDtoOf(version), tables: version.tables };
}
