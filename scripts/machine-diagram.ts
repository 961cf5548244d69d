/**
 * `npm run machine:diagram`: writes docs/machine.md, the screening statechart as a Mermaid
 * diagram drawn from the machine definition itself. Run it after changing the machine; a test
 * fails while the committed diagram is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { machineDocument } from '../src/machines/diagram';
import { screeningMachine } from '../src/machines/screening-machine';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'machine.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, machineDocument(screeningMachine));
console.log(`wrote ${target}`);
