import type { UseFormRegisterReturn } from 'react-hook-form';

import { choiceId, type ChoiceItem } from './choice-item';

/** Pick one (GOV.UK radios), each option with an optional hint. Works with react-hook-form's `register`. */
export function Radios({
  id,
  items,
  field,
  or,
}: {
  id: string;
  items: readonly ChoiceItem[];
  field: UseFormRegisterReturn;
  or: string;
}) {
  return (
    <div className="radios">
      {items.map((item, index) => {
        const itemId = choiceId(id, item.value, index);
        return (
          <div key={item.value}>
            {item.dividerBefore ? <p className="radios__divider">{or}</p> : null}
            <div className="radios__item">
              <input
                className="radios__input"
                id={itemId}
                type="radio"
                value={item.value}
                aria-describedby={item.hint ? `${itemId}-hint` : undefined}
                {...field}
              />
              <label className="radios__label" htmlFor={itemId}>
                {item.label}
              </label>
              {item.hint ? (
                <p className="radios__hint" id={`${itemId}-hint`}>
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
