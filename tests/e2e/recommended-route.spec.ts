import type { Page } from '@playwright/test';

import { choose, continueOn, expect, expectAxeClean, expectNothingLeft, expectStorageEmpty, test } from './fixtures';
import { type Lang, openEveryFold, whatHappened } from './journey-steps';

/**
 * A noncitizen survivor who is not sure what papers they have: vacatur (PC 236.14) is only
 * `possible`, while dismissal (PC 1203.4) looks `likely`. The rules recommend vacatur first (it
 * clears the record as a legal defect and helps with immigration; 1203.4 does not), and the
 * results show it first and named (in the summary and in the record's details), in English and in Spanish.
 */

interface Words {
  readonly lang: Lang;
  readonly start: string;
  readonly self: string;
  readonly yes: string;
  readonly no: string;
  readonly ended: string;
  readonly convicted: string;
  readonly adult: string;
  readonly probation: string;
  readonly notSure: string;
  readonly seeResults: string;
  readonly record1: RegExp;
  readonly suggest: RegExp;
  readonly vacatur: RegExp;
  readonly dismissal: RegExp;
  readonly possible: string;
  readonly likely: string;
  readonly suggested: string;
  readonly summary: string;
  readonly vacaturShort: RegExp;
}

const ENGLISH: Words = {
  lang: 'en',
  start: 'Start',
  self: 'For myself',
  yes: 'Yes',
  no: 'No',
  ended: 'No, it has ended',
  convicted: 'Convicted',
  adult: '18 or older',
  probation: 'Probation',
  notSure: 'I’m not sure',
  seeResults: 'See my results',
  record1: /^Record 1:/,
  suggest: /^We suggest asking about this first: Clearing a record for survivors of human trafficking/,
  vacatur: /human trafficking \(PC 236\.14\)/,
  dismissal: /expungement \(PC 1203\.4/,
  possible: 'It is worth asking a lawyer',
  likely: 'it looks likely',
  suggested: 'Suggested first',
  summary: 'What to ask about first',
  vacaturShort: /Possible, ask a lawyer.*trafficking survivors \(PC 236\.14\)/,
};

const SPANISH: Words = {
  lang: 'es',
  start: 'Comenzar',
  self: 'Para mí',
  yes: 'Sí',
  no: 'No',
  ended: 'No, ya terminó',
  convicted: 'Hubo una condena',
  adult: '18 años o más',
  probation: 'Libertad condicional (probatoria)',
  notSure: 'No lo sé',
  seeResults: 'Ver mis resultados',
  record1: /^Antecedente 1:/,
  suggest: /^Le sugerimos preguntar primero por esto: Borrar antecedentes de sobrevivientes de trata/,
  vacatur: /trata de personas \(PC 236\.14\)/,
  dismissal: /«expungement» \(PC 1203\.4/,
  possible: 'Vale la pena consultar a un abogado',
  likely: 'parece probable',
  suggested: 'Sugerido primero',
  summary: 'Qué preguntar primero',
  vacaturShort: /Posible, consulte a un abogado.*trata \(PC 236\.14\)/,
};

async function answerAsANoncitizenUnsureAboutPapers(page: Page, w: Words) {
  await page.getByRole('button', { name: w.start }).click();
  await choose(page, w.self);
  await choose(page, w.yes); // safe now
  await continueOn(page); // content note
  await whatHappened(page, ['trafficking'], w.lang);
  await choose(page, w.ended);
  await choose(page, w.convicted);
  await choose(page, 'California');
  await page.getByRole('searchbox').fill('488');
  await page.getByRole('radio', { name: /PC 488/ }).check();
  await continueOn(page);
  await choose(page, w.adult);
  await choose(page, w.yes); // during
  await choose(page, w.yes); // because of
  await choose(page, w.probation); // the sentence
  await choose(page, w.yes); // sentence done
  await continueOn(page); // the list of records
  await page.getByLabel(w.notSure, { exact: true }).check(); // papers that back up the account
  await continueOn(page);
  await choose(page, w.no); // not a U.S. citizen
  await page.getByRole('button', { name: w.seeResults }).click();
}

async function expectVacaturFirst(page: Page, w: Words) {
  const record = page.getByRole('region', { name: w.record1 });
  await expect(page.getByRole('region', { name: w.summary }).getByRole('listitem').first()).toContainText(
    w.vacaturShort,
  );
  await expect(record.getByText(w.suggest)).toBeVisible();
  await openEveryFold(page);
  const cards = record.locator('details.pathway');
  const first = cards.first();
  await expect(first.locator('summary')).toContainText(w.vacatur);
  await expect(first.locator('summary')).toContainText(w.possible);
  await expect(first.locator('summary')).toContainText(w.suggested);
  // The dismissal looks more likely on these answers, yet it is not recommended first.
  const dismissal = cards.filter({ has: page.locator('summary', { hasText: w.dismissal }) });
  await expect(dismissal.locator('summary')).toContainText(w.likely);
  await expect(dismissal.locator('summary')).not.toContainText(w.suggested);
}

test('a noncitizen unsure about papers sees vacatur recommended first (English)', async ({ page, privacy }) => {
  await page.goto('/');
  await answerAsANoncitizenUnsureAboutPapers(page, ENGLISH);
  await expectVacaturFirst(page, ENGLISH);
  await expectAxeClean(page);
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});

test('a noncitizen unsure about papers sees vacatur recommended first (Spanish)', async ({ page, privacy }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await answerAsANoncitizenUnsureAboutPapers(page, SPANISH);
  await expectVacaturFirst(page, SPANISH);
  await expectAxeClean(page);
  // Switching language loads that language's strings, and nothing else.
  await expectNothingLeft(page, privacy, { switchedTo: ['es'] });
  await expectStorageEmpty(page);
});
