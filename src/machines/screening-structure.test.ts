import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';

import { machineDocument, machineEdges } from './diagram';
import { MODES } from './modes';
import { screeningMachine } from './screening-machine';

/**
 * The machine must read as a statechart of the interview, not a router: a few explicit edges per
 * event and mode, every mode with a way on, and the committed diagram drawn from this very machine.
 */

/** "A handful": the most modes one event can lead to from one mode (the old router had 25). */
const MOST_CANDIDATE_TARGETS = 6;

const atomicStates = (node: AnyStateNode): AnyStateNode[] =>
  Object.values(node.states).length === 0 ? [node] : Object.values(node.states).flatMap(atomicStates);

describe('the screening statechart', () => {
  const edges = machineEdges(screeningMachine);

  it('has no fan-out: no event leads from one state to more than a handful of states', () => {
    const targets = new Map<string, Set<string>>();
    for (const edge of edges) {
      const key = `${edge.from.id} ${edge.label.split(' ')[0]}`;
      targets.set(key, (targets.get(key) ?? new Set()).add(edge.to.id));
    }
    const fans = [...targets].filter(([, to]) => to.size > MOST_CANDIDATE_TARGETS).map(([key]) => key);
    expect(fans).toEqual([]);
    // The machine itself handles only "start again"; everything else belongs to a mode.
    expect(edges.filter((edge) => edge.from === screeningMachine.root).map((edge) => edge.label)).toEqual([
      'flow.restart',
    ]);
  });

  it('gives every state a way on, except a final one', () => {
    const stuck = atomicStates(screeningMachine.root)
      .filter((state) => state.type !== 'final')
      .filter((state) => !edges.some((edge) => edge.from === state))
      .map((state) => state.id);
    expect(stuck).toEqual([]);
  });

  it('names every guard and every action (no inline logic in the chart)', () => {
    for (const edge of edges) expect(edge.label).toMatch(/^[a-z.]+( \[[a-zA-Z]+\])?$/);
    const implementations = screeningMachine.implementations;
    for (const edge of edges) {
      const guard = /\[(\w+)\]/.exec(edge.label)?.[1];
      if (guard) expect(Object.keys(implementations.guards)).toContain(guard);
    }
  });

  it('has exactly the modes the app knows (modes.ts)', () => {
    const paths = atomicStates(screeningMachine.root).map((state) => state.path.join('.'));
    expect(paths.sort()).toEqual([...MODES].sort());
  });

  it('matches the committed diagram (run `npm run machine:diagram` after changing the machine)', () => {
    const committed = readFileSync(join(process.cwd(), 'docs', 'machine.md'), 'utf8');
    expect(committed).toBe(machineDocument(screeningMachine));
  });
});
