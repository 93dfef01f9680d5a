import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { SnapshotSweep, type SweepReport } from './snapshot-sweep';

class SourceSweepDto {
  @ApiProperty() system!: string;
  @ApiProperty({ description: 'Depot × SKUs compared.' }) compared!: number;
  @ApiProperty({ description: 'STOCK_DRIFT exceptions raised for differing figures.' })
  drifted!: number;
  @ApiProperty({ description: "Warehouse stock Prima's ATS lacks." }) notInPrimaAts!: number;
}

class SweepReportDto {
  @ApiProperty() sweepId!: string;
  @ApiProperty({ description: 'False when another replica was sweeping.' }) ran!: boolean;
  @ApiProperty({ type: [SourceSweepDto] }) sources!: SourceSweepDto[];
  @ApiProperty() elapsedMs!: number;
}

/** An operator's "sweep now", besides the schedule. */
@ApiTags('sweep')
@Controller('sweeps')
export class SweepController {
  constructor(private readonly sweep: SnapshotSweep) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: SweepReportDto, description: 'The sweep ran to the end.' })
  run(): Promise<SweepReport> {
    return this.sweep.run();
  }
}
