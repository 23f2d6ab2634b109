import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../main/cli/progressLine';
import type { ImportProgress } from '../../../main/core/model';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const stream = { isTTY, columns: 60, written: '', write(chunk: string) {
    stream.written += chunk;
    return true;
  } };
  return stream as unknown as NodeJS.WriteStream & { written: string };
}

const at = (done: number, total: number, current: string | null): ImportProgress => ({ batchId: 'cli', done, total, current, last: null });

describe('progressLine', () => {
  it('rewrites one line in place on a terminal and clears it at the end', () => {
    const stream = fakeStream(true);
    const line = progressLine(stream);
    line.update(at(0, 8, 'docs/cbs-bukamal-r1.txt'));
    line.update(at(1, 8, 'docs/cbs-bukamal-r2.txt'));
    line.end();
    expect(stream.written).toBe(
      '\r\x1b[2K[0/8] importing docs/cbs-bukamal-r1.txt' + '\r\x1b[2K[1/8] importing docs/cbs-bukamal-r2.txt' + '\r\x1b[2K',
    );
    expect(stream.written).not.toContain('\n');
  });

  it('cuts a long path to the terminal width', () => {
    const stream = fakeStream(true);
    progressLine(stream).update(at(2, 8, `/very/${'long/'.repeat(30)}name.html`));
    const shown = stream.written.replace('\r\x1b[2K', '');
    expect(shown.length).toBe(59);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const stream = fakeStream(false);
    const line = progressLine(stream);
    line.update(at(1, 2, 'a.txt'));
    line.end();
    expect(stream.written).toBe('');
  });
});
