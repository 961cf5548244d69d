import type { ComponentProps } from 'react';

import { ChoiceList } from './choice-list';

/** Pick one (GOV.UK radios), each option with an optional hint. */
export function Radios(props: Omit<ComponentProps<typeof ChoiceList>, 'type' | 'onTick'>) {
  return <ChoiceList type="radio" {...props} />;
}
