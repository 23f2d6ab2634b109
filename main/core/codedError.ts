// An error that carries a machine-readable code beside its one-line message,
// so callers can tell cases apart without parsing the words.
export class CodedError<Code extends string> extends Error {
  readonly code: Code;

  constructor(code: Code, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}
