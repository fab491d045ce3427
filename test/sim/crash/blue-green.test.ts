// Crash at every call, blue-green: see test/sim/matrix/crash.ts.
import { crashSuite } from '../matrix/crash-suite.js';

await crashSuite('blue-green');
