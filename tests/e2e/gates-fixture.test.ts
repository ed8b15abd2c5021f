/** Browser gates over every page of the fictional fixture site, served under /atlas/ (see gates.ts). */
import { browserGates } from './gates.ts';

browserGates('fixture');
