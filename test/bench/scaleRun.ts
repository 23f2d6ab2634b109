// The library at scale, on its own: run by `npm run bench` as a process of its
// own, so the 10,000-file import starts on a fresh heap as an import in the
// app does (in its library worker), not on the garbage of the benchmarks
// before it.
import { scaleTimes } from './scale';

for (const line of await scaleTimes()) console.log(line);
