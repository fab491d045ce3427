// The bundle's entry for the main step (dist/ecs-deploy/index.js): run it in this process.
import { run } from './main.js';

await run();
