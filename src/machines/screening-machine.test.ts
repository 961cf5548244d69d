import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { factsSchema } from '@/rules';
import { answeredPath, stepsAhead } from './flow';
import { readSavedContext, screeningContextSchema } from './saved-context';
import { screeningMachine, snapshotFromContext } from './screening-machine';
import { answersToFacts } from './to-facts';

function start() {
  const actor = createActor(screeningMachine).start();
  const step = () => actor.getSnapshot().context.position.step;
  const submit = (value?: unknown) => actor.send({ type: 'answer.submit', value });
  /** Answers several pages in a row, one value per page (`undefined` = Continue with nothing). */
  const answer = (...values: unknown[]) => values.forEach((value) => submit(value));
  return { actor, step, submit, answer, context: () => actor.getSnapshot().context };
}

/** A first journey: for myself, one petty-theft conviction tied to trafficking. */
function walkPettyTheftJourney(flow: ReturnType<typeof start>) {
  flow.actor.send({ type: 'flow.start' });
  flow.answer(
    'self', // audience
    'yes', // safe now
    undefined, // content note
    'yes', // trafficking
    'no', // partner violence
    'no', // sexual violence
    'ended', // situation
    'conviction',
    'california',
    'PC 488',
  );
}

/** Journey (a) as far as the list of records. */
function atRecords() {
  const flow = start();
  walkPettyTheftJourney(flow);
  flow.answer('adult', 'yes', 'yes', 'yes');
  expect(flow.step()).toBe('records');
  return flow;
}

/** Journey (a) as far as Check your answers. */
function atCheckAnswers() {
  const flow = atRecords();
  flow.answer(undefined, { reply: 'none', kinds: [] }, 'no');
  expect(flow.step()).toBe('checkAnswers');
  return flow;
}

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
    // Only one harm in play: "which harm" is not asked.
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
      'harmSexual',
      'harmPartner',
      'harmTrafficking',
      'contentNote',
      'safetyCheck',
      'audience',
    ]);
    expect(flow.context().answers.harmTrafficking).toBe('yes');
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
    flow.answer('helper', 'yes', undefined, 'yes', 'unsure', 'no', 'ongoing');
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
      'yes',
      'yes',
      'no',
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
    expect(flow.step()).toBe('recordSentence');
    const facts = factsSchema.parse(answersToFacts(flow.context().answers));
    expect(facts.records[0]).toMatchObject({ offense: 'unsure', level: 'felony', injuryOrGunEnhancement: 'unsure', linkedHarms: ['intimatePartnerViolence'] });
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
    flow.answer('adult', 'yes', 'yes', 'yes');
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
    flow.actor.send({ type: 'nav.change', step: 'harmPartner' });
    flow.submit('yes');
    // Two harms now: each record must say which one it is tied to.
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
    for (const answer of ['adult', 'yes', 'yes', 'yes', undefined, { reply: 'none', kinds: [] }, 'no', undefined]) {
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
    flow.submit('yes'); // trafficking: opens "is it still happening" and the per-record harm questions
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
    expect((resumed.getSnapshot().context.answers).records[0]?.offense).toBe('PC 488');
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
    flow.actor.send({ type: 'nav.change', step: 'harmTrafficking' });
    flow.submit('no');
    const facts = answersToFacts(flow.context().answers);
    expect(flow.context().answers.situation).toBe('ended'); // kept, in case the answer changes back
    expect(facts.situation).toBe('skipped');
  });

  it('drops links to a harm since answered "no", and asks again which harm it was', () => {
    const flow = atCheckAnswers();
    flow.actor.send({ type: 'nav.change', step: 'harmPartner' });
    flow.submit('yes');
    flow.submit(['trafficking']); // which harm, for record 1
    expect(flow.step()).toBe('checkAnswers');
    flow.actor.send({ type: 'nav.change', step: 'harmSexual' });
    flow.submit('yes');
    flow.actor.send({ type: 'nav.change', step: 'harmTrafficking' });
    flow.submit('no');
    expect(flow.step()).toBe('recordWhichHarm');
    expect(answersToFacts(flow.context().answers).records[0]?.linkedHarms).toBeUndefined();
  });

  it('counts having sought help even when the person would rather not say if the harm ended', () => {
    const flow = start();
    flow.actor.send({ type: 'flow.start' });
    flow.answer('self', 'yes', undefined, 'yes', 'no', 'no', 'prefer_not');
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
