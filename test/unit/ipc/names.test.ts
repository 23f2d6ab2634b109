import { describe, expect, it } from 'vitest';
import { checkName } from '../../../main/core/names';
import { validateArg } from '../../../main/ipc/validate';

describe('one rule for names, in every shell', () => {
  it('takes a name of 1 to 200 characters, trimmed', () => {
    expect(checkName('  Brussels attacks, March 2016 ')).toEqual({ ok: true, name: 'Brussels attacks, March 2016' });
    expect(checkName('x'.repeat(200))).toMatchObject({ ok: true });
  });

  it('refuses an empty name, a name over 200 characters, and one holding control characters', () => {
    expect(checkName('   ')).toEqual({ ok: false, message: 'a name is needed' });
    expect(checkName('x'.repeat(201))).toEqual({ ok: false, message: 'a name is at most 200 characters' });
    for (const bad of ['Brussels\nattacks', 'Brussels\tattacks', 'Brussels \x1b[2J', 'Brussels\x7f']) {
      expect(checkName(bad)).toEqual({ ok: false, message: 'a name cannot hold control characters (a line break, a tab, an escape)' });
    }
  });

  it('is the rule the app’s channels apply', () => {
    expect(validateArg('events:create', { name: 'Brussels\nattacks' })).toEqual({
      ok: false,
      message: expect.stringContaining('a name cannot hold control characters'),
    });
    expect(validateArg('events:create', { name: 'Brussels attacks' })).toMatchObject({ ok: true });
  });
});
