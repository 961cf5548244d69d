import { describe, expect, it } from 'vitest';

import { factsSchema } from '@/rules';
import { atRecords, start, walkPettyTheftJourney } from '@/testing/machine-flow';

import { harmRepliesFor } from './replies';
import { answersToFacts } from './to-facts';

describe('screening machine', () => {
  it('starts on the start page with no answers', () => {
    const { step, context } = start();
    expect(step()).toBe('start');
    expect(context().answers).toEqual({ records: [] });
  });

  it('walks one record for myself to the results, skipping questions that do not apply', () => {
    const flow = start();
    walkPettyTheftJourney(flow);
    // PC 484 petty theft is a misdemeanor: the level question and the injury question are skipped.
    expect(flow.step()).toBe('recordAge');
    flow.submit('adult');
    expect(flow.step()).toBe('recordDuring');
    flow.submit('yes');
    flow.submit('yes'); // because of harm
    // Only one harm in play: "which harm" is not asked. A California conviction asks the sentence.
    expect(flow.step()).toBe('recordSentenceKind');
    flow.submit('probation');
    expect(flow.step()).toBe('recordSentence');
    flow.submit('yes');
    expect(flow.step()).toBe('records');
    flow.submit();
    expect(flow.step()).toBe('evidence');
    flow.submit({ reply: 'documents', kinds: ['service_provider_letter'] });
    flow.submit('no'); // noncitizen
    expect(flow.step()).toBe('checkAnswers');
    flow.submit();
    expect(flow.step()).toBe('results');
    const facts = factsSchema.parse(answersToFacts(flow.context().answers));
    expect(facts.records[0]).toMatchObject({
      offense: 'PC 488',
      stage: 'conviction',
      court: 'california',
      level: 'misdemeanor',
      duringHarm: 'yes',
      becauseOfHarm: 'yes',
      sentenceDone: 'yes',
      sentence: 'probation',
      burglaryHomeOccupied: 'skipped',
      gangFinding: 'skipped',
    });
    expect(facts.evidence).toEqual(['service_provider_letter']);
    expect(facts.situation).toBe('ended');
  });

  it('goes Back through exactly the pages the person saw, keeping answers', () => {
    const flow = start();
    walkPettyTheftJourney(flow);
    const seen: string[] = [];
    while (flow.step() !== 'start') {
      seen.push(flow.step());
      flow.actor.send({ type: 'nav.back' });
    }
    expect(seen).toEqual([
      'recordAge',
      'recordOffense',
      'recordCourt',
      'recordStage',
      'situation',
      'harms',
      'contentNote',
      'safetyCheck',
      'audience',
    ]);
    expect(flow.context().answers.harms?.trafficking).toBe('yes');
    expect(flow.context().answers.records[0]?.offense).toBe('PC 488');
  });

  it('skips the safety check for someone learning about the law', () => {
    const flow = start();
    flow.actor.send({ type: 'flow.start' });
    flow.submit('learner');
    expect(flow.step()).toBe('contentNote');
  });

  it('pauses with help when now is not a safe time, and lets the person choose to go on', () => {
    const flow = start();
    flow.actor.send({ type: 'flow.start' });
    flow.submit('self');
    flow.submit('no');
    expect(flow.step()).toBe('safetyPause');
    flow.submit();
    expect(flow.step()).toBe('contentNote');
  });

  it('asks whether help was sought only while the harm may be ongoing', () => {
    const flow = start();
    flow.actor.send({ type: 'flow.start' });
    flow.answer('helper', 'yes', undefined, harmRepliesFor([], 'unsure'), 'ongoing');
    expect(flow.step()).toBe('soughtHelp');
    flow.submit('no');
    expect(flow.step()).toBe('recordStage');
    expect(answersToFacts(flow.context().answers).situation).toBe('ongoing_no_help');
  });

  it('moves on with nothing chosen, and records the question as passed over', () => {
    const flow = start();
    flow.actor.send({ type: 'flow.start' });
    flow.submit(undefined);
    expect(flow.step()).toBe('safetyCheck');
    expect(flow.context().answers.audience).toBe('skipped');
    flow.submit('not-a-real-answer');
    expect(flow.context().answers.safeNow).toBe('skipped');
  });

  it('asks "which harm" and the felony questions only when they matter', () => {
    const flow = start();
    flow.actor.send({ type: 'flow.start' });
    flow.answer(
      'self',
      'yes',
      undefined,
      harmRepliesFor(['trafficking', 'intimatePartnerViolence']),
      'ended',
      'conviction',
      'california',
      'unsure', // offense unknown: level must be asked
    );
    expect(flow.step()).toBe('recordLevel');
    flow.submit('felony');
    expect(flow.step()).toBe('recordEnhancement');
    flow.answer('unsure', 'adult', 'yes', 'yes');
    expect(flow.step()).toBe('recordWhichHarm');
    flow.submit(['intimatePartnerViolence']);
    expect(flow.step()).toBe('recordSentenceKind');
    const facts = factsSchema.parse(answersToFacts(flow.context().answers));
    expect(facts.records[0]).toMatchObject({
      offense: 'unsure',
      level: 'felony',
      injuryOrGunEnhancement: 'unsure',
      linkedHarms: ['intimatePartnerViolence'],
    });
  });
});

describe('records: add, change, remove', () => {
  it('adds another record, asks all of its questions, and returns to the list', () => {
    const flow = atRecords();
    flow.actor.send({ type: 'record.add' });
    expect(flow.step()).toBe('recordStage');
    expect(flow.context().position.record).toBe(1);
    flow.answer('arrest_no_charges', 'california', 'PC 647(b)', 'adult', 'yes', 'yes');
    expect(flow.step()).toBe('records');
    expect(flow.context().answers.records.map((r) => r.id)).toEqual(['r1', 'r2']);
    // Back from the list after adding returns to the list's own previous page, not into record 2.
    flow.actor.send({ type: 'nav.back' });
    expect(flow.step()).toBe('recordSentence');
    expect(flow.context().position.record).toBe(0);
  });

  it('changes a record by walking its questions again, pre-filled', () => {
    const flow = atRecords();
    flow.actor.send({ type: 'record.change', record: 0 });
    expect(flow.step()).toBe('recordStage');
    flow.submit('conviction');
    expect(flow.step()).toBe('recordCourt');
    flow.submit('california');
    flow.submit('PC 211');
    // PC 211 robbery is a felony and already violent: no level or enhancement question.
    expect(flow.step()).toBe('recordAge');
    flow.answer('adult', 'yes', 'yes', 'state_prison', 'yes');
    expect(flow.step()).toBe('records');
  });

  it('removes a record and never goes Back into it', () => {
    const flow = atRecords();
    flow.actor.send({ type: 'record.remove', record: 0 });
    expect(flow.context().answers.records).toEqual([]);
    expect(flow.step()).toBe('records');
    flow.actor.send({ type: 'nav.back' });
    expect(flow.step()).toBe('situation');
  });
});
