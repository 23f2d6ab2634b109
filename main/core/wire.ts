// How binary data rides in the web shell's JSON: a Uint8Array becomes
// {"$bytes": "<base64>"}. Electron's IPC carries Uint8Array natively and
// needs none of this.
export const BYTES_TAG = '$bytes';

export function isTaggedBytes(value: unknown): value is { [BYTES_TAG]: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as Record<string, unknown>)[BYTES_TAG] === 'string'
  );
}
