import { Inject, Injectable, type Type } from '@nestjs/common';
import { exceptionTopicFor, Team, type IntegrationException } from '@parity/contracts';
import { KafkaHandler, type ConsumedMessage, type HandlerContext } from '@parity/kafka';
import { ExceptionLedger } from './exception-ledger.service';

/**
 * The handler of one team's exceptions topic. The runtime binds one topic per handler class,
 * so each team gets a class of its own, all alike, each folding into the one ledger.
 */
function teamExceptionHandler(team: Team): Type<unknown> {
  @KafkaHandler(exceptionTopicFor(team))
  @Injectable()
  class TeamExceptionHandler {
    constructor(@Inject(ExceptionLedger) private readonly ledger: ExceptionLedger) {}

    handle(message: ConsumedMessage<IntegrationException>, ctx: HandlerContext): Promise<void> {
      return this.ledger.record(ctx.tx, message.value);
    }
  }
  // Distinct names, so logs and Nest's errors say which team's handler they mean.
  Object.defineProperty(TeamExceptionHandler, 'name', { value: `${team}ExceptionHandler` });
  return TeamExceptionHandler;
}

/** One handler per team topic (exceptions.<team>.v1). */
export const teamExceptionHandlers = Object.values(Team).map(teamExceptionHandler);
