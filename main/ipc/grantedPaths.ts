// The files the researcher handed the desktop app this session: picked in
// the native dialog or dropped onto the window. The renderer asks, the
// engine decides: a path the page names for import must be one of these (or
// inside a folder that is), so a script in the page cannot make the engine
// read whatever it can name.
import { isAbsolute, relative, resolve } from 'node:path';

export class GrantedPaths {
  private readonly granted = new Set<string>();

  grant(path: string): void {
    if (path) this.granted.add(resolve(path));
  }

  /** Whether `path` was handed over, or lies inside a folder that was. */
  allows(path: string): boolean {
    const target = resolve(path);
    for (const granted of this.granted) {
      const inside = relative(granted, target);
      if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) return true;
    }
    return false;
  }
}
