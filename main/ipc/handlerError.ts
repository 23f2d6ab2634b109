// An error a handler means to send back to the renderer as a value.
import { CodedError } from '../core/codedError';
import type { ErrorCode } from './contract';

export class HandlerError extends CodedError<ErrorCode> {}
