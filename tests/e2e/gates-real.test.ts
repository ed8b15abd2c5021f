/** Browser gates over the real site, whatever content/ holds (see gates.ts). */
import { browserGates } from './gates.ts';

browserGates('real');
