// One web archive imported on its own: the crawl named by its index in CRAWLS,
// from the WARC written for it. Run by `npm run bench` as a process of its
// own, so its peak memory is the import's, not the writing's or that of the
// benchmarks before it.
import { CRAWLS, archiveImportTime } from './archive';

console.log(await archiveImportTime(CRAWLS[Number(process.argv[2])]!, process.argv[3]!));
