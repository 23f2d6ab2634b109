// A one-line progress display on a terminal's stderr ("[3/8] importing …"),
// rewritten in place; silent when stderr is not a terminal, so logs and
// pipes get only results.
import { archiveCountsText } from '../core/archive/archiveRecords';
import type { ImportProgress } from '../core/model';
import { printable } from './terminalText';

export function progressLine(
  stream: NodeJS.WriteStream = process.stderr,
  verb = 'importing',
): {
  update(p: Pick<ImportProgress, 'done' | 'total' | 'current' | 'archive'>): void;
  end(): void;
} {
  const live = stream.isTTY === true;
  let shown = false;
  return {
    update(p) {
      if (!live || p.total === 0) return;
      const width = Math.max(20, (stream.columns || 80) - 1);
      const what = p.current ? `${verb} ${printable(p.current)}` : p.done === p.total ? 'done' : '';
      const line = p.archive ? `[${p.done}/${p.total}] ${archiveCountsText(p.archive)}: ${what}` : `[${p.done}/${p.total}] ${what}`;
      stream.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      shown = true;
    },
    end() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
