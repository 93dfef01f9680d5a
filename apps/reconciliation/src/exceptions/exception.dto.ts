import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { exceptionStatuses, type StoredEntry } from './ledger-entry';
import type { TransitionRecord } from './ledger.repository';
import { entityTypes, exceptionTypes, teams } from './exception-requests';

// Response and request shapes as the OpenAPI document describes them. Requests are validated
// by the zod schemas in exception-requests.ts; these classes only document.

export class StampDto {
  @ApiProperty({ example: 'jane@retailer.example' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class EvidenceDto {
  @ApiProperty({ type: String, nullable: true, example: 'wms.stock-movements.v1' })
  sourceTopic!: string | null;
  @ApiProperty({ type: Number, nullable: true }) sourcePartition!: number | null;
  @ApiProperty({ type: Number, nullable: true }) sourceOffset!: number | null;
  @ApiProperty({ type: String, nullable: true }) rawPayloadRef!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  details!: Record<string, string>;
}

export class ExceptionDto {
  @ApiProperty({ example: '42', description: 'Ledger id.' }) id!: string;
  @ApiProperty({ example: 'STOCK_DRIFT:SKU:LON1:SKU-1' }) fingerprint!: string;
  @ApiProperty({ enum: exceptionTypes }) type!: string;
  @ApiProperty({ enum: teams }) team!: string;
  @ApiProperty({ enum: ['INFO', 'WARNING', 'ERROR', 'CRITICAL'] }) severity!: string;
  @ApiProperty({ enum: entityTypes }) entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ enum: exceptionStatuses }) status!: string;
  @ApiProperty({ description: 'How many distinct events reported it.' }) occurrences!: number;
  @ApiProperty({ format: 'date-time' }) firstSeenAt!: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt!: string;
  @ApiProperty() lastEventId!: string;
  @ApiProperty({ description: "The latest occurrence's summary." }) summary!: string;
  @ApiProperty({ type: EvidenceDto }) evidence!: EvidenceDto;
  @ApiProperty({ description: 'Times it recurred after being resolved.' }) reopenedCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastReopenedAt!: string | null;
  @ApiProperty({ type: StampDto, nullable: true }) acknowledged!: StampDto | null;
  @ApiProperty({ type: StampDto, nullable: true }) resolved!: StampDto | null;
}

export class TransitionDto {
  @ApiProperty({ enum: exceptionStatuses }) from!: string;
  @ApiProperty({ enum: exceptionStatuses }) to!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ExceptionWithHistoryDto extends ExceptionDto {
  @ApiProperty({ type: [TransitionDto], description: 'Every status change, oldest first.' })
  history!: TransitionDto[];
}

export class ExceptionPageDto {
  @ApiProperty({ type: [ExceptionDto] }) items!: ExceptionDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor!: string | null;
}

export class TransitionRequestDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'jane@retailer.example' }) by!: string;
  @ApiPropertyOptional({ maxLength: 2000 }) note?: string;
}

export function exceptionDtoOf(entry: StoredEntry): ExceptionDto {
  const { evidence } = entry;
  return {
    id: entry.id,
    fingerprint: entry.fingerprint,
    type: entry.type,
    team: entry.team,
    severity: entry.severity,
    entityType: entry.entityType,
    entityId: entry.entityId,
    status: entry.status,
    occurrences: entry.occurrences,
    firstSeenAt: entry.firstSeenAt.toISOString(),
    lastSeenAt: entry.lastSeenAt.toISOString(),
    lastEventId: entry.lastEventId,
    summary: evidence.summary,
    evidence: {
      sourceTopic: evidence.sourceTopic,
      sourcePartition: evidence.sourcePartition,
      sourceOffset: evidence.sourceOffset,
      rawPayloadRef: evidence.rawPayloadRef,
      details: { ...evidence.details },
    },
    reopenedCount: entry.reopenedCount,
    lastReopenedAt: entry.lastReopenedAt?.toISOString() ?? null,
    acknowledged: entry.acknowledged && {
      ...entry.acknowledged,
      at: entry.acknowledged.at.toISOString(),
    },
    resolved: entry.resolved && { ...entry.resolved, at: entry.resolved.at.toISOString() },
  };
}

export function transitionDtoOf(record: TransitionRecord): TransitionDto {
  return { ...record, at: record.at.toISOString() };
}
