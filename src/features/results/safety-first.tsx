import { useTranslation } from '@/i18n/use-translation';
import { HELP_LINES, type HelpLine, smsHref, telHref } from '@/lib/help-lines';

import { useRenderRestNow } from './after-paint';
import { useResultsText } from './use-message';

type Harm = HelpLine['forHarms'][number];

/** Moves to the help-lines section further down the page (rendered by HelpLines) without changing the URL. */
/** The id of the full help-line list's heading on the results page. */
export const RESULTS_HELP_LINES_ID = 'results-help-lines';

function focusHelpLines(renderRest: () => void) {
  renderRest();
  const heading = document.getElementById(RESULTS_HELP_LINES_ID);
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}

/**
 * Safety before any eligibility, kept short so the results still follow on a phone: the lines for
 * the harms the person named (or the trafficking and partner-abuse lines when none was named) and
 * 911, tap to call or text, and every other line one tap away at the end of the page.
 */
export function SafetyFirst({ harms }: { harms: readonly Harm[] }) {
  const { t } = useTranslation('results');
  const text = useResultsText();
  const { t: tc } = useTranslation('common');
  const translate = tc as unknown as (key: string, params?: Record<string, string>) => string;
  const renderRest = useRenderRestNow();
  const named = HELP_LINES.filter((line) => line.call && line.forHarms.some((h) => harms.includes(h)));
  const first = (
    named.length > 0 ? named : HELP_LINES.filter((l) => l.id === 'trafficking' || l.id === 'domesticViolence')
  ).slice(0, 2);
  // 911 last: the body says plainly that it reaches the police.
  const lines = [...first, ...HELP_LINES.filter((l) => l.id === 'emergency')];
  return (
    <section className="panel panel--safety safety-first" aria-labelledby="safety-first">
      <h2 className="heading-m" id="safety-first">
        {t('safetyFirst.heading')}
      </h2>
      <p className="body safety-first__body">{text('safetyFirst.body')}</p>
      <ul className="safety-first__lines">
        {lines.map((line) => (
          <li key={line.id}>
            <span className="safety-first__name">{translate(`helpLines.${line.id}.name`)}</span>{' '}
            <a className="link" href={telHref(line.call!)}>
              {translate('helpLines.call', { number: line.call! })}
            </a>
            {line.text ? (
              <>
                {' · '}
                <a className="link" href={smsHref(line.text.number, line.text.body)}>
                  {line.text.body
                    ? translate('helpLines.textWord', { word: line.text.body, number: line.text.number })
                    : translate('helpLines.text', { number: line.text.number })}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => focusHelpLines(renderRest)}>
        {t('safetyMoreLines')}
      </button>
    </section>
  );
}
