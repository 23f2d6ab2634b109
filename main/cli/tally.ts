// The `tally` executable: `npm run --silent tally -- <command>`.
import { main } from './index';

process.exitCode = await main(process.argv.slice(2));
