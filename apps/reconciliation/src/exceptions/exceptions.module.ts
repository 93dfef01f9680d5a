import { Module } from '@nestjs/common';
import { ExceptionLedger } from './exception-ledger.service';
import { ExceptionsController } from './exceptions.controller';
import { LedgerRepository } from './ledger.repository';
import { teamExceptionHandlers } from './team-exception.handler';

/** The exception ledger: every team's exceptions topic folded into records, served over HTTP. */
@Module({
  controllers: [ExceptionsController],
  providers: [LedgerRepository, ExceptionLedger, ...teamExceptionHandlers],
})
export class ExceptionsModule {}
