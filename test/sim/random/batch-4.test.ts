// Randomized runs with faults, batch 4 of 4: see test/sim/matrix/random.ts.
import { randomSuite } from '../matrix/random-suite.js';

randomSuite(4);
