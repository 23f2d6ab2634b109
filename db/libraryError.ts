// Why a library file could not be opened, in a sentence for the researcher.

export type LibraryErrorCode = 'not-a-library' | 'too-new' | 'cannot-open';

export class LibraryError extends Error {
  readonly code: LibraryErrorCode;

  constructor(code: LibraryErrorCode, message: string) {
    super(message);
    this.name = 'LibraryError';
    this.code = code;
  }
}
