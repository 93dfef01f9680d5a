import type { Response } from 'express';

const MESSAGES: Record<number, [httpMessage: string, errorClass: string]> = {
  400: ['Bad Request', 'InvalidRequestException'],
  401: ['Unauthorized', 'UnauthorizedException'],
  404: ['Not Found', 'NotFoundException'],
  415: ['Unsupported Media Type', 'InvalidRequestException'],
  429: ['Too Many Requests', 'RateLimitException'],
};

/** A request the simulated Lightspeed refuses, with the status the real one would use. */
export class LightspeedRejection extends Error {
  constructor(
    readonly status: keyof typeof MESSAGES & number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The error body older R-Series responses carry (vendor-apis.md §1.3, an assumed shape):
 * every value a string, like the rest of the API.
 */
export function sendLightspeedError(res: Response, status: number, message: string): void {
  const [httpMessage, errorClass] = MESSAGES[status] ?? ['Error', 'Exception'];
  res.status(status).json({ httpCode: String(status), httpMessage, message, errorClass });
}
