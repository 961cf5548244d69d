import type common from '../../locales/en/common.json';
import type glossary from '../../locales/en/glossary.json';
import type offenses from '../../locales/en/offenses.json';
import type results from '../../locales/en/results.json';
import type rules from '../../locales/en/rules.json';
import type safety from '../../locales/en/safety.json';
import type start from '../../locales/en/start.json';
import type validation from '../../locales/en/validation.json';
import type wizard from '../../locales/en/wizard.json';
import type { defaultNS } from './config';

/** English is the source: keys are checked against it at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: {
      common: typeof common;
      glossary: typeof glossary;
      offenses: typeof offenses;
      results: typeof results;
      rules: typeof rules;
      safety: typeof safety;
      start: typeof start;
      validation: typeof validation;
      wizard: typeof wizard;
    };
    enableSelector: false;
    returnNull: false;
  }
}
