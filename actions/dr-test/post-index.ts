// The bundle's entry for the post step (dist/dr-test/post/index.js): run it in this process.
import { run } from './post.js';

await run();
