// Crash at every call, pair: see test/sim/matrix/crash.ts.
import { crashSuite } from '../matrix/crash-suite.js';

await crashSuite('pair');
