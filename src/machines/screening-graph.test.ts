import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';

import { factsSchema, screen } from '@/rules';

import type { ScreeningEvent } from './contract';
import { STEP_IDS, type StepId } from './flow';
import { modeOf, MODES } from './modes';
import { harmRepliesFor } from './replies';
import { screeningMachine, type ScreeningSnapshot } from './screening-machine';
import { answersToFacts } from './to-facts';

/**
 * Model-based tests over the machine's graph (xstate/graph): every mode and every page is
 * reachable, the state value is always the mode of the page on screen, every path
 * the person can take forward ends in Results, and the facts at the end of each path are valid
 * facts (docs/case-format.md) that the rules engine screens without error.
 *
 * The answers below are representatives: one per branch the flow can take (e.g. a misdemeanor,
 * an unknown offense, a violent felony), not every option, so the paths stay enumerable.
 */
const submit = (value?: unknown): ScreeningEvent => ({ type: 'answer.submit', value });

const FORWARD: Readonly<Record<StepId, readonly ScreeningEvent[]>> = {
  start: [{ type: 'flow.start' }],
  audience: [submit('self'), submit('learner')],
  safetyCheck: [submit('yes'), submit('no')],
  safetyPause: [submit()],
  contentNote: [submit()],
  // Both laws (each record then says which; first, so a walk by page alone reaches that page), one
  // law, "not sure", "rather not say" ("none of these" asks no more than "rather not say").
  harms: [
    submit(harmRepliesFor(['trafficking', 'intimatePartnerViolence'])),
    submit(harmRepliesFor(['trafficking'])),
    submit(harmRepliesFor([], 'unsure')),
    submit(harmRepliesFor([], 'prefer_not')),
  ],
  situation: [submit('ended'), submit('ongoing')],
  soughtHelp: [submit('yes'), submit('no')],
  recordStage: [submit('conviction'), submit('pending')],
  recordCourt: [submit('california'), submit('federal')],
  recordOffense: [submit('PC 488'), submit('unsure'), submit('PC 211'), submit('PC 459'), submit('PC 518')],
  recordLevel: [submit('felony'), submit('misdemeanor')],
  recordEnhancement: [submit('unsure')],
  recordHome: [submit('yes')],
  recordGang: [submit('no')],
  recordAge: [submit('adult')],
  recordDuring: [submit('yes')],
  recordBecause: [submit('yes'), submit('no')],
  recordWhichHarm: [submit(['trafficking']), submit('unsure')],
  recordSentenceKind: [submit('probation')],
  recordSentence: [submit('yes')],
  records: [submit()],
  evidence: [submit({ reply: 'documents', kinds: ['service_provider_letter'] }), submit({ reply: 'none', kinds: [] })],
  immigration: [submit('unsure')],
  checkAnswers: [submit()],
  results: [],
};

const stepOf = (snapshot: ScreeningSnapshot): StepId => snapshot.context.position.step;
/** The mode as XState spells it: `interview.records.list`. */
const modeValue = (snapshot: ScreeningSnapshot) =>
  snapshot._nodes.filter((node) => node.type === 'atomic').map((node) => node.path.join('.'))[0];
const forwardEvents = (snapshot: ScreeningSnapshot) => FORWARD[stepOf(snapshot)];
/** A state is its page plus the answers so far; the Back trail does not change where Continue goes. */
const byPageAndAnswers = (snapshot: ScreeningSnapshot) =>
  `${stepOf(snapshot)}#${snapshot.context.position.record}|${JSON.stringify(snapshot.context.answers)}`;

describe('screening machine graph', () => {
  it('reaches every mode and every page, including by Back, Change and the records list', () => {
    const everything = (snapshot: ScreeningSnapshot): readonly ScreeningEvent[] => [
      ...forwardEvents(snapshot),
      { type: 'nav.back' },
      // Two records are enough to reach every page; more would make the graph infinite.
      ...(snapshot.context.answers.records.length < 2 ? [{ type: 'record.add' } as const] : []),
      { type: 'record.change', record: 0 },
      { type: 'record.remove', record: 0 },
      { type: 'nav.change', step: 'harms' },
    ];
    const paths = getShortestPaths(screeningMachine, {
      events: everything,
      // The first record's offense is part of the state: burglary and extortion open their own pages.
      serializeState: (snapshot) =>
        `${stepOf(snapshot)}|${modeValue(snapshot)}|${snapshot.context.answers.records.length}|${snapshot.context.answers.records[0]?.offense}`,
    });
    const reached = new Set(paths.map((path) => stepOf(path.state)));
    expect([...STEP_IDS].filter((step) => !reached.has(step))).toEqual([]);
    const modes = new Set(paths.map((path) => modeValue(path.state)));
    expect([...MODES].filter((mode) => !modes.has(mode))).toEqual([]);
    // The state value is always the mode of the page on screen.
    for (const path of paths) expect(modeValue(path.state)).toBe(modeOf(path.state.context));
  });

  type Adjacency = Record<
    string,
    { state: ScreeningSnapshot; transitions: Record<string, { state: ScreeningSnapshot }> }
  >;
  const adjacency = getAdjacencyMap(screeningMachine, {
    events: forwardEvents,
    serializeState: byPageAndAnswers,
  }) as unknown as Adjacency;
  const states = Object.values(adjacency).map((entry) => ({
    state: entry.state,
    next: Object.values(entry.transitions).map((t) => t.state),
  }));

  it('has no dead end: every page but Results leads forward to another page', () => {
    const stuck = states.filter(
      ({ state, next }) =>
        stepOf(state) !== 'results' && next.every((n) => byPageAndAnswers(n) === byPageAndAnswers(state)),
    );
    expect(stuck.map(({ state }) => stepOf(state))).toEqual([]);
  });

  it('every simple path forward ends in Results, with valid facts the rules can screen', () => {
    // A state here is a page plus every answer given so far, so going forward never meets a state
    // twice: the forward graph is a tree, and the one shortest path to each Results state is the
    // one simple path to it. (getSimplePaths finds the same paths but searches once per state,
    // which is quadratic in the ~10,000 states.)
    const paths = getShortestPaths(screeningMachine, {
      events: forwardEvents,
      serializeState: byPageAndAnswers,
      toState: (snapshot) => snapshot.matches('results'),
    });
    expect(paths.length).toBeGreaterThan(1000);
    const endings = new Set<string>();
    for (const path of paths) {
      expect(path.state.value).toBe('results');
      expect(path.state.context.answers.records.length).toBeGreaterThan(0);
      const facts = factsSchema.safeParse(answersToFacts(path.state.context.answers));
      expect(facts.success, JSON.stringify(facts.error?.issues)).toBe(true);
      const outcome = screen(answersToFacts(path.state.context.answers));
      expect(outcome.ok).toBe(true);
      if (outcome.ok) endings.add(outcome.result.records[0]!.pathways.pc236_14.outcome);
    }
    // The representative answers reach every kind of outcome under PC 236.14.
    expect([...endings].sort()).toEqual(['likely', 'not_eligible', 'not_yet', 'possible', 'unlikely']);
    // Maximal forward paths are exactly the paths to Results: no state without a way forward.
    const leaves = states.filter(({ next }) => next.length === 0);
    expect(new Set(leaves.map(({ state }) => stepOf(state)))).toEqual(new Set(['results']));
    // The whole walk must stay well under 30 s on a shared CI machine.
  }, 30_000);
});
