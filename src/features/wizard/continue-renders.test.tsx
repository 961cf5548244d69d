import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { StepId } from '@/machines/flow';
import { renderAtStep } from '@/testing/render';

import type * as Layout from './question-layout';
import { Wizard } from './wizard';

/**
 * Continue is what a person presses most, often on a slow phone: the next page should render once,
 * not once more right after it mounts. Counted through the frame every question page shares
 * (QuestionLayout), never timed (timing belongs to `npm run bench`).
 */
const frames = vi.hoisted(() => ({ rendered: 0 }));
vi.mock('./question-layout', async (importOriginal) => {
  const original = await importOriginal<typeof Layout>();
  return {
    QuestionLayout: (props: Parameters<typeof original.QuestionLayout>[0]) => {
      frames.rendered += 1;
      return original.QuestionLayout(props);
    },
  };
});

const noop = () => undefined;
const at = (step: StepId) =>
  renderAtStep(<Wizard onShowSafety={noop} />, {
    step,
    answers: {
      audience: 'self',
      harms: { trafficking: 'yes', intimatePartnerViolence: 'no', sexualViolence: 'no' },
      records: [{ id: 'r1', stage: 'conviction' }],
    },
  });

describe('pressing Continue', () => {
  it('renders the next one-choice question once', async () => {
    const { user, state } = at('recordStage');
    await user.click(screen.getByRole('radio', { name: /Convicted/ }));
    frames.rendered = 0;
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(state().context.position.step).toBe('recordCourt');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(frames.rendered).toBe(1);
  });

  it.each<StepId>(['recordCourt', 'recordOffense', 'evidence'])('mounts the %s page with one render', (step) => {
    frames.rendered = 0;
    at(step);
    expect(frames.rendered).toBe(1);
  });
});
