import { ApiProperty } from '@nestjs/swagger';
import { parityStatuses } from './assess-parity';
import type { AckRow, ParityRow, StatusCount } from './parity-query.repository';

// Response shapes as the OpenAPI document describes them. Quantities are whole units scaled
// as the events carry them; null where the system has not reported yet.

export class ParityFiguresDto {
  @ApiProperty({ type: Number, nullable: true }) onHand!: number | null;
  @ApiProperty({ type: Number, nullable: true }) allocated!: number | null;
  @ApiProperty({ type: Number, nullable: true }) quarantined!: number | null;
  @ApiProperty({ type: Number, nullable: true }) pending!: number | null;
  @ApiProperty({ type: Number, nullable: true }) ats!: number | null;
  @ApiProperty({ type: Number, nullable: true }) version!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) changedAt!: string | null;
}

export class WmsFiguresDto {
  @ApiProperty({ type: Number, nullable: true, description: 'From the last SNAPSHOT movement.' })
  onHand!: number | null;
  @ApiProperty({ type: Number, nullable: true }) allocated!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) levelsAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastEventId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastEventAt!: string | null;
}

export class TargetFigureDto {
  @ApiProperty({ example: 'LIGHTSPEED:STORE01', description: '`PRIMA` or `<system>:<store>`.' })
  target!: string;
  @ApiProperty({ example: 'LIGHTSPEED' }) system!: string;
  @ApiProperty({ type: String, nullable: true }) store!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Last acknowledged ATS.' })
  ats!: number | null;
  @ApiProperty({ type: Number, nullable: true }) version!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) ackedAt!: string | null;
  @ApiProperty({ enum: ['ACKNOWLEDGED', 'REJECTED'], description: 'Its last answer.' })
  lastStatus!: string;
  @ApiProperty({ type: String, nullable: true }) failureReason!: string | null;
}

export class ParityRowDto {
  @ApiProperty() sku!: string;
  @ApiProperty() depot!: string;
  @ApiProperty({ type: String, nullable: true }) stockOwner!: string | null;
  @ApiProperty({ type: ParityFiguresDto, description: 'What Parity published.' })
  parity!: ParityFiguresDto;
  @ApiProperty({ type: WmsFiguresDto, description: 'What the WMS last reported.' })
  wms!: WmsFiguresDto;
  @ApiProperty({
    type: TargetFigureDto,
    nullable: true,
    description: "Prima's acknowledged figure.",
  })
  prima!: TargetFigureDto | null;
  @ApiProperty({ type: [TargetFigureDto], description: 'Every till store that acknowledged.' })
  tills!: TargetFigureDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastEventAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAckAt!: string | null;
  @ApiProperty({ description: "Largest |Parity's ATS − a target's figure| that counts." })
  drift!: number;
  @ApiProperty({ enum: parityStatuses }) status!: string;
}

export class ParityPageDto {
  @ApiProperty({ type: [ParityRowDto] }) items!: ParityRowDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class DepotSummaryDto {
  @ApiProperty() depot!: string;
  @ApiProperty() IN_PARITY!: number;
  @ApiProperty() PENDING!: number;
  @ApiProperty() DRIFTED!: number;
}

export class ParitySummaryDto {
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(parityStatuses.map((s) => [s, { type: 'integer' }])),
  })
  byStatus!: Record<string, number>;
  @ApiProperty({ type: [DepotSummaryDto] }) byDepot!: DepotSummaryDto[];
}

const num = (value: string | null) => (value === null ? null : Number(value));
const iso = (value: Date | null) => value?.toISOString() ?? null;

export function parityRowDtoOf(row: ParityRow, acks: readonly AckRow[]): ParityRowDto {
  const targets = acks.map(targetFigureDtoOf);
  return {
    sku: row.sku,
    depot: row.depot,
    stockOwner: row.stock_owner,
    parity: {
      onHand: num(row.parity_on_hand),
      allocated: num(row.parity_allocated),
      quarantined: num(row.parity_quarantined),
      pending: num(row.parity_pending),
      ats: num(row.parity_ats),
      version: num(row.parity_version),
      changedAt: iso(row.parity_changed_at),
    },
    wms: {
      onHand: num(row.wms_on_hand),
      allocated: num(row.wms_allocated),
      levelsAt: iso(row.wms_levels_at),
      lastEventId: row.wms_last_event_id,
      lastEventAt: iso(row.wms_last_event_at),
    },
    prima: targets.find((t) => t.target === 'PRIMA') ?? null,
    tills: targets.filter((t) => t.target !== 'PRIMA'),
    lastEventAt: iso(row.last_event_at),
    lastAckAt: iso(row.last_ack_at),
    drift: Number(row.drift),
    status: row.status,
  };
}

function targetFigureDtoOf(ack: AckRow): TargetFigureDto {
  return {
    target: ack.target,
    system: ack.system,
    store: ack.store,
    ats: num(ack.ats),
    version: num(ack.availability_version),
    ackedAt: iso(ack.acked_at),
    lastStatus: ack.last_status,
    failureReason: ack.failure_reason,
  };
}

export function paritySummaryDtoOf(counts: readonly StatusCount[]): ParitySummaryDto {
  const byStatus: Record<string, number> = { IN_PARITY: 0, PENDING: 0, DRIFTED: 0 };
  const byDepot = new Map<string, DepotSummaryDto>();
  for (const { depot, status, rows } of counts) {
    byStatus[status] = (byStatus[status] ?? 0) + Number(rows);
    const summary = byDepot.get(depot) ?? { depot, IN_PARITY: 0, PENDING: 0, DRIFTED: 0 };
    summary[status] = Number(rows);
    byDepot.set(depot, summary);
  }
  return { byStatus, byDepot: [...byDepot.values()] };
}
