// Crash at every call, linear: see test/sim/matrix/crash.ts.
import { crashSuite } from '../matrix/crash-suite.js';

await crashSuite('linear');
