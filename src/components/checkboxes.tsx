import type { ComponentProps } from 'react';

import { ChoiceList } from './choice-list';

/** Pick any (GOV.UK checkboxes); `onTick` lets "None of these" clear the others. */
export function Checkboxes(props: Omit<ComponentProps<typeof ChoiceList>, 'type'>) {
  return <ChoiceList type="checkbox" {...props} />;
}
