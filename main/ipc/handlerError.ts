// An error a handler means to send back to the renderer as a value.
import type { ErrorCode } from './contract';

export class HandlerError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'HandlerError';
    this.code = code;
  }
}
