import type { UseFormRegisterReturn } from 'react-hook-form';

import { choiceId, type ChoiceItem } from './choice-item';

/**
 * The GOV.UK choice list both radios and checkboxes use: each option with an optional hint, and the
 * "or" divider before "not sure" and "rather not say". Works with react-hook-form's `register`.
 * `onTick` runs after the form has seen the change (exclusive checkboxes clear the others).
 */
export function ChoiceList({
  type,
  id,
  items,
  field,
  or,
  onTick,
}: {
  type: 'radio' | 'checkbox';
  id: string;
  items: readonly ChoiceItem[];
  field: UseFormRegisterReturn;
  or: string;
  onTick?: (value: string, checked: boolean) => void;
}) {
  const block = type === 'radio' ? 'radios' : 'checkboxes';
  return (
    <div className={block}>
      {items.map((item, index) => {
        const itemId = choiceId(id, item.value, index);
        return (
          <div key={item.value}>
            {item.dividerBefore ? <p className={`${block}__divider`}>{or}</p> : null}
            <div className={`${block}__item`}>
              <input
                className={`${block}__input`}
                id={itemId}
                type={type}
                value={item.value}
                aria-describedby={item.hint ? `${itemId}-hint` : undefined}
                {...field}
                onChange={(event) => {
                  void field.onChange(event);
                  onTick?.(item.value, event.target.checked);
                }}
              />
              <label className={`${block}__label`} htmlFor={itemId}>
                {item.label}
              </label>
              {item.hint ? (
                <p className={`${block}__hint`} id={`${itemId}-hint`}>
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
