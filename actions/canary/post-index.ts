// The bundle's entry for the post step (dist/canary/post/index.js): run it in this process.
import { run } from './post.js';

await run();
