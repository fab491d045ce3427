// Crash at every call, rolling: see test/sim/matrix/crash.ts.
import { crashSuite } from '../matrix/crash-suite.js';

await crashSuite('rolling');
