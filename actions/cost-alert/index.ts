// The bundle's entry for the main step (dist/cost-alert/index.js): run it in this process.
import { run } from './main.js';

await run();
