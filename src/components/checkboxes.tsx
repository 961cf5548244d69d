import type { UseFormRegisterReturn } from 'react-hook-form';

import { choiceId, type ChoiceItem } from './choice-item';

/**
 * Pick any (GOV.UK checkboxes), each option with an optional hint. `onTick` runs after the form
 * has seen the change, for exclusive options ("None of these" clears the others).
 */
export function Checkboxes({
  id,
  items,
  field,
  or,
  onTick,
}: {
  id: string;
  items: readonly ChoiceItem[];
  field: UseFormRegisterReturn;
  or: string;
  onTick?: (value: string, checked: boolean) => void;
}) {
  return (
    <div className="checkboxes">
      {items.map((item, index) => {
        const itemId = choiceId(id, item.value, index);
        return (
          <div key={item.value}>
            {item.dividerBefore ? <p className="checkboxes__divider">{or}</p> : null}
            <div className="checkboxes__item">
              <input
                className="checkboxes__input"
                id={itemId}
                type="checkbox"
                value={item.value}
                aria-describedby={item.hint ? `${itemId}-hint` : undefined}
                {...field}
                onChange={(event) => {
                  void field.onChange(event);
                  onTick?.(item.value, event.target.checked);
                }}
              />
              <label className="checkboxes__label" htmlFor={itemId}>
                {item.label}
              </label>
              {item.hint ? (
                <p className="checkboxes__hint" id={`${itemId}-hint`}>
                  {item.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}
