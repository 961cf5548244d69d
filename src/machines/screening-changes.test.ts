import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';

import { atCheckAnswers, start, walkPettyTheftJourney } from '@/testing/machine-flow';

import { answeredPath, stepsAhead } from './flow';
import { harmRepliesFor } from './replies';
import { readSavedContext, screeningContextSchema } from './saved-context';
import { screeningMachine, snapshotFromContext } from './screening-machine';
import { answersToFacts } from './to-facts';

describe('check your answers', () => {
  it('returns to Check your answers straight after a change', () => {
    const flow = atCheckAnswers();
    flow.actor.send({ type: 'nav.change', step: 'recordDuring', record: 0 });
    expect(flow.step()).toBe('recordDuring');
    flow.submit('unsure');
    expect(flow.step()).toBe('checkAnswers');
    expect(flow.context().answers.records[0]?.duringHarm).toBe('unsure');
    // Back from Check your answers still goes to the last question of the path, not the change.
    flow.actor.send({ type: 'nav.back' });
    expect(flow.step()).toBe('immigration');
  });

  it('asks the new follow-up questions a change opens before returning', () => {
    const flow = atCheckAnswers();
    flow.actor.send({ type: 'nav.change', step: 'harms' });
    flow.submit(harmRepliesFor(['trafficking', 'intimatePartnerViolence']));
    // Harms under both laws now: each record must say which one it is tied to.
    expect(flow.step()).toBe('recordWhichHarm');
    flow.submit(['trafficking']);
    expect(flow.step()).toBe('checkAnswers');
  });

  it('Back from a change page returns to Check your answers without changing anything', () => {
    const flow = atCheckAnswers();
    const before = flow.context().answers;
    flow.actor.send({ type: 'nav.change', step: 'evidence' });
    flow.actor.send({ type: 'nav.back' });
    expect(flow.step()).toBe('checkAnswers');
    expect(flow.context().answers).toEqual(before);
    expect(flow.context().changes).toEqual([]);
  });

  it('lists only the questions on the current path', () => {
    const flow = atCheckAnswers();
    const steps = answeredPath(flow.context().answers).map((p) => p.step);
    expect(steps).toContain('recordDuring');
    expect(steps).not.toContain('recordLevel');
    expect(steps).not.toContain('soughtHelp');
  });
});

describe('progress and restore', () => {
  it('counts exactly the pages still ahead on the current path', () => {
    const flow = start();
    walkPettyTheftJourney(flow);
    for (const answer of [
      'adult',
      'yes',
      'yes',
      'probation',
      'yes',
      undefined,
      { reply: 'none', kinds: [] },
      'no',
      undefined,
    ]) {
      flow.submit(answer);
    }
    expect(flow.step()).toBe('results');
    // From the first record question on, the count at each page is the number of pages the person
    // then actually saw (their later answers did not open new questions).
    const { trail, answers } = flow.context();
    const visited = [...trail, flow.context().position];
    const firstRecordPage = visited.findIndex((p) => p.step === 'recordStage');
    for (let i = firstRecordPage; i < visited.length; i += 1) {
      expect(stepsAhead(answers, visited[i]!)).toEqual(visited.slice(i + 1));
    }
  });

  it('counts new questions as soon as an answer opens them', () => {
    const flow = start();
    flow.actor.send({ type: 'flow.start' });
    flow.answer('self', 'yes', undefined);
    const before = stepsAhead(flow.context().answers, flow.context().position).length;
    flow.submit(harmRepliesFor(['trafficking'])); // opens "is it still happening" and the per-record harm questions
    const after = stepsAhead(flow.context().answers, flow.context().position).length;
    expect(after).toBeGreaterThan(before - 1);
  });

  it('resumes exactly from a saved context', () => {
    const flow = start();
    walkPettyTheftJourney(flow);
    const saved = JSON.parse(JSON.stringify(flow.context())) as unknown;
    const context = screeningContextSchema.parse(saved);
    const resumed = createActor(screeningMachine, { snapshot: snapshotFromContext(context) }).start();
    expect(resumed.getSnapshot().context.position.step).toBe('recordAge');
    resumed.send({ type: 'nav.back' });
    expect(resumed.getSnapshot().context.position.step).toBe('recordOffense');
    expect(resumed.getSnapshot().context.answers.records[0]?.offense).toBe('PC 488');
  });

  it('rejects a saved context that points at a record that does not exist', () => {
    const bad = { answers: { records: [] }, position: { step: 'recordAge', record: 3 }, trail: [], changes: [] };
    expect(screeningContextSchema.safeParse(bad).success).toBe(true);
    expect(readSavedContext(bad)).toBeUndefined();
  });
});

describe('edge cases found in review', () => {
  it('shows the safety pause when "safe to answer now" is changed to no', () => {
    const flow = atCheckAnswers();
    flow.actor.send({ type: 'nav.change', step: 'safetyCheck' });
    flow.submit('no');
    expect(flow.step()).toBe('safetyPause');
    flow.submit();
    expect(flow.step()).toBe('checkAnswers');
  });

  it('finishes a half-answered first record after going Back out of it', () => {
    const flow = start();
    walkPettyTheftJourney(flow);
    expect(flow.step()).toBe('recordAge');
    for (let i = 0; i < 4; i += 1) flow.actor.send({ type: 'nav.back' });
    expect(flow.step()).toBe('situation');
    flow.submit('ended');
    expect(flow.context().position).toEqual({ step: 'recordStage', record: 0 });
  });

  it('drops a newly added record when the person goes Back before answering it', () => {
    const flow = atCheckAnswers();
    flow.actor.send({ type: 'nav.change', step: 'records' });
    flow.actor.send({ type: 'record.add' });
    expect(flow.context().answers.records).toHaveLength(2);
    flow.actor.send({ type: 'nav.back' });
    expect(flow.step()).toBe('records');
    expect(flow.context().answers.records.map((r) => r.id)).toEqual(['r1']);
  });

  it('ignores answers to questions that are no longer asked', () => {
    const flow = atCheckAnswers();
    flow.actor.send({ type: 'nav.change', step: 'harms' });
    flow.submit(harmRepliesFor([], 'none'));
    const facts = answersToFacts(flow.context().answers);
    expect(flow.context().answers.situation).toBe('ended'); // kept, in case the answer changes back
    expect(facts.situation).toBe('skipped');
  });

  it('drops links to a harm since answered "no", and asks again which harm it was', () => {
    const flow = atCheckAnswers();
    flow.actor.send({ type: 'nav.change', step: 'harms' });
    flow.submit(harmRepliesFor(['trafficking', 'intimatePartnerViolence']));
    flow.submit(['intimatePartnerViolence']); // which harm, for record 1
    expect(flow.step()).toBe('checkAnswers');
    flow.actor.send({ type: 'nav.change', step: 'harms' });
    flow.submit(harmRepliesFor(['trafficking', 'sexualViolence']));
    // Both laws still in play, but the record's tick is for a harm now unticked: asked again.
    expect(flow.step()).toBe('recordWhichHarm');
    expect(answersToFacts(flow.context().answers).records[0]?.linkedHarms).toBeUndefined();
    flow.submit(['trafficking']);
    expect(flow.step()).toBe('checkAnswers');
    expect(answersToFacts(flow.context().answers).records[0]?.linkedHarms).toEqual(['trafficking']);
  });

  it('asks which harm only when it can change the result', () => {
    const flow = atCheckAnswers();
    // Partner and sexual violence are one law (PC 236.15): a link between them changes nothing.
    flow.actor.send({ type: 'nav.change', step: 'harms' });
    flow.submit(harmRepliesFor(['intimatePartnerViolence', 'sexualViolence']));
    expect(flow.step()).toBe('checkAnswers');
    // "Not sure" what happened: no link is asked, and every harm stays possible.
    flow.actor.send({ type: 'nav.change', step: 'harms' });
    flow.submit(harmRepliesFor([], 'unsure'));
    expect(flow.step()).toBe('checkAnswers');
    const facts = answersToFacts(flow.context().answers);
    expect(facts.records[0]?.linkedHarms).toBeUndefined();
    expect(facts.harms).toEqual({ trafficking: 'unsure', intimatePartnerViolence: 'unsure', sexualViolence: 'unsure' });
  });

  it('counts having sought help even when the person would rather not say if the harm ended', () => {
    const flow = start();
    flow.actor.send({ type: 'flow.start' });
    flow.answer('self', 'yes', undefined, harmRepliesFor(['trafficking']), 'prefer_not');
    expect(flow.step()).toBe('soughtHelp');
    flow.submit('yes');
    expect(answersToFacts(flow.context().answers).situation).toBe('ongoing_sought_help');
  });

  it('asks felony or misdemeanor again when the offense changes', () => {
    const flow = start();
    walkPettyTheftJourney(flow);
    flow.actor.send({ type: 'nav.back' }); // back to the offense
    flow.submit('unsure');
    flow.submit('felony');
    flow.actor.send({ type: 'nav.back' });
    flow.actor.send({ type: 'nav.back' });
    expect(flow.step()).toBe('recordOffense');
    flow.submit('HS 11377');
    expect(flow.context().answers.records[0]?.level).toBeUndefined();
  });
});
