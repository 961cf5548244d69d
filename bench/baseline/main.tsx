/**
 * The bare baseline for `npm run bench`: the same libraries as the app (React, XState, zod,
 * react-hook-form, i18next) doing the least they can, one question on one page. The app's first
 * load is compared with this one, so the ratio shows what our own code and words cost.
 * It keeps react-i18next, as it was first measured, though the app now has its own small hook
 * (src/i18n/use-translation.ts): the baseline stays the same yardstick from round to round.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMachine } from '@xstate/react';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createMachine } from 'xstate';
import { z } from 'zod';

z.config({ jitless: true });

void i18next.use(initReactI18next).init({
  lng: 'en',
  initAsync: false,
  resources: {
    en: {
      translation: { question: 'Are you safe right now?', yes: 'Yes', no: 'No', next: 'Continue', done: 'Thank you' },
    },
  },
});

const machine = createMachine({ initial: 'asking', states: { asking: { on: { ANSWER: 'done' } }, done: {} } });
const schema = z.object({ safe: z.enum(['yes', 'no']) });

function Question() {
  // The app's typed keys do not apply to this stand-alone page.
  const { t } = useTranslation() as unknown as { t: (key: string) => string };
  const [state, send] = useMachine(machine);
  const { register, handleSubmit } = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema) });
  if (state.matches('done')) return <h1>{t('done')}</h1>;
  return (
    <form onSubmit={(e) => void handleSubmit(() => send({ type: 'ANSWER' }))(e)}>
      <fieldset>
        <legend>
          <h1>{t('question')}</h1>
        </legend>
        <label>
          <input type="radio" value="yes" {...register('safe')} /> {t('yes')}
        </label>
        <label>
          <input type="radio" value="no" {...register('safe')} /> {t('no')}
        </label>
      </fieldset>
      <button type="submit">{t('next')}</button>
    </form>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Question />
    </StrictMode>,
  );
