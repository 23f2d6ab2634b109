// A newcomer finds a channel's handler by its name: `figures:act` is in
// main/ipc/handlers/figures.ts, and every channel has exactly one handler.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../main/ipc/channels';
import { HANDLER_FILES, handlers } from '../../../main/ipc/handlers';

describe('the handlers, one file per channel noun', () => {
  it('keeps each channel in the file named after its noun', () => {
    for (const [noun, group] of Object.entries(HANDLER_FILES)) {
      expect(existsSync(new URL(`../../../main/ipc/handlers/${noun}.ts`, import.meta.url)), `${noun}.ts`).toBe(true);
      for (const channel of Object.keys(group)) expect(channel.split(':')[0], channel).toBe(noun);
    }
  });

  it('answers every channel of the contract, each from one file', () => {
    const fromFiles = Object.values(HANDLER_FILES).flatMap((group) => Object.keys(group));
    expect(new Set(fromFiles).size).toBe(fromFiles.length);
    expect([...fromFiles].sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });
});
