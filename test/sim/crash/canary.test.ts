// Crash at every call, canary: see test/sim/matrix/crash.ts.
import { crashSuite } from '../matrix/crash-suite.js';

await crashSuite('canary');
