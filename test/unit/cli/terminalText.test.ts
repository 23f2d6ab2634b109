import { describe, expect, it } from 'vitest';
import { printable } from '../../../main/cli/terminalText';

describe('printable', () => {
  it('shows a newline, a carriage return and a tab in a name as escapes, so a name stays on its line', () => {
    expect(printable('a.txt\nimported    b.txt\r\tc')).toBe('a.txt\\nimported    b.txt\\r\\tc');
  });

  it('shows an escape sequence as text, so a name cannot clear or retitle the terminal', () => {
    expect(printable('\x1b[2J\x1b]0;pwned\x07report.txt')).toBe('\\u001b[2J\\u001b]0;pwned\\u0007report.txt');
  });

  it('shows DEL, C1 controls and bidirectional overrides as escapes', () => {
    expect(printable('x\x7fy\x9bz\u202etxt.exe')).toBe('x\\u007fy\\u009bz\\u202etxt.exe');
  });

  it('leaves ordinary text alone, accents, curly quotes and dashes included', () => {
    expect(printable('Brussels – “32 killed” in Zaventem, café.txt')).toBe('Brussels – “32 killed” in Zaventem, café.txt');
  });
});
