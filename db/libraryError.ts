// Why a library file could not be opened, in a sentence for the researcher.
import { CodedError } from '../main/core/codedError';

export type LibraryErrorCode = 'not-a-library' | 'too-new' | 'cannot-open' | 'damaged';

export class LibraryError extends CodedError<LibraryErrorCode> {}
