import { CurationError } from '../../../db/queries/figures';
import { HandlerError } from '../handlerError';

/** A curation that names what is not there is the caller's mistake, said in one line. */
export function curating<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CurationError) throw new HandlerError('invalid-argument', error.message);
    throw error;
  }
}
