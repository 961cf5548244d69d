import type { Page } from '@playwright/test';

import { choose as click, continueOn as clickContinue, expect } from './fixtures';
import { chooseByKeys, keyCountOf, pressButtonByKeys, searchByKeys, tickByKeys } from './keyboard';

/**
 * Journey steps shared by the browser specs, in English or Spanish. Offenses are searched by their
 * code, which reads the same in every language. After `answerWithKeys(page)` (keyboard.ts) the same
 * steps answer with the keyboard alone and count the key presses.
 */

const byKeys = (page: Page) => keyCountOf(page) !== undefined;
const CONTINUE = /^(Continue|Continuar)$/;

async function choose(page: Page, label: string | RegExp) {
  await (byKeys(page) ? chooseByKeys(page, label) : click(page, label));
}

async function continueOn(page: Page) {
  await (byKeys(page) ? pressButtonByKeys(page, CONTINUE) : clickContinue(page));
}

async function pressButton(page: Page, name: string) {
  if (byKeys(page)) await pressButtonByKeys(page, new RegExp(`^${name}$`));
  else await page.getByRole('button', { name, exact: true }).click();
}

/** Ticks these checkboxes, in page order, and continues. */
export async function tick(page: Page, ...labels: string[]) {
  if (byKeys(page)) return tickByKeys(page, labels);
  for (const label of labels) await page.getByLabel(label).check();
  await clickContinue(page);
}

export type Lang = 'en' | 'es';

const WORDS = {
  en: {
    language: 'English',
    start: 'Start',
    self: 'For myself',
    helper: 'For someone I’m helping',
    yes: 'Yes',
    no: 'No',
    ended: 'No, it has ended',
    trafficking: 'Made to work or do sex acts by force, fraud or debt',
    partner: 'Hurt, threatened or controlled by a partner or ex-partner',
    sexual: 'Sexual violence',
    none: 'None of these',
    unsure: 'I’m not sure',
    preferNot: 'I’d rather not say',
    convicted: 'Convicted',
    arrested: 'Arrested, but never charged',
    california: 'California',
    adult: '18 or older',
    misdemeanor: 'Misdemeanor',
    probation: 'Probation',
    addRecord: 'Add another record',
    letter: 'A letter from a support service',
    seeResults: 'See my results',
  },
  es: {
    language: 'Español',
    start: 'Comenzar',
    self: 'Para mí',
    helper: 'Para alguien a quien ayudo',
    yes: 'Sí',
    no: 'No',
    ended: 'No, ya terminó',
    trafficking: 'Trabajo o actos sexuales a la fuerza, con engaños o por deudas',
    partner: 'Daño, amenazas o control de una pareja o expareja',
    sexual: 'Violencia sexual',
    none: 'Nada de esto',
    unsure: 'No lo sé',
    preferNot: 'Prefiero no decirlo',
    convicted: 'Hubo una condena',
    arrested: 'Hubo un arresto, pero nunca hubo cargos',
    california: 'California',
    adult: '18 años o más',
    misdemeanor: 'Delito menor',
    probation: 'Libertad condicional (probatoria)',
    addRecord: 'Agregar otro antecedente',
    letter: 'Una carta de un servicio de apoyo',
    seeResults: 'Ver mis resultados',
  },
} as const;

export const words = (lang: Lang) => WORDS[lang];

/** Picks a language by its own name: a button on wide screens, the one select on a phone. */
export async function chooseLanguage(page: Page, name: string) {
  // The live app, not the page painted at build time (its controls do nothing until the app runs).
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  const button = page.getByRole('button', { name, exact: true });
  if (await button.isVisible()) await button.click();
  else await page.getByRole('navigation', { name: 'Language' }).getByRole('combobox').selectOption({ label: name });
}

export async function begin(page: Page, audience: 'self' | 'helper', lang: Lang = 'en') {
  const w = words(lang);
  await page.goto('/');
  if (lang !== 'en') await chooseLanguage(page, w.language);
  await pressButton(page, w.start);
  await choose(page, w[audience]);
}

export async function pickOffense(page: Page, search: string, option: RegExp) {
  if (byKeys(page)) return searchByKeys(page, search, option);
  await page.getByRole('searchbox').fill(search);
  await page.getByRole('radio', { name: option }).check();
  await continueOn(page);
}

/** The choices of the one "what happened" page: the harms, and the "or" choices. */
export type WhatHappened = 'trafficking' | 'partner' | 'sexual' | 'none' | 'unsure' | 'preferNot';

/** Ticks each choice on the "what happened" page, then Continue. */
export async function whatHappened(page: Page, choices: readonly WhatHappened[], lang: Lang = 'en') {
  const w = words(lang);
  if (byKeys(page))
    return tickByKeys(
      page,
      choices.map((choice) => w[choice]),
    );
  for (const choice of choices) await page.getByRole('checkbox', { name: w[choice], exact: true }).check();
  await continueOn(page);
}

/** Safe now, the content note, and trafficking only, which has ended. */
export async function traffickingThatHasEnded(page: Page, lang: Lang = 'en') {
  const w = words(lang);
  await choose(page, w.yes); // safe now
  await continueOn(page); // content note
  await whatHappened(page, ['trafficking'], lang);
  await choose(page, w.ended);
}

/** A California conviction as an adult, during and because of the harm, probation done. */
export async function convictionTiedToHarm(page: Page, search: string, option: RegExp, lang: Lang = 'en') {
  const w = words(lang);
  await choose(page, w.convicted);
  await choose(page, w.california);
  await pickOffense(page, search, option);
  await choose(page, w.adult);
  await choose(page, w.yes); // during
  await choose(page, w.yes); // because of
  await choose(page, w.probation); // the sentence
  await choose(page, w.yes); // sentence done
}

/** A shoplifting arrest, never charged, during and because of the harm. */
export async function shopliftingArrestTiedToHarm(page: Page, lang: Lang = 'en') {
  const w = words(lang);
  await choose(page, w.arrested);
  await choose(page, w.california);
  await pickOffense(page, '459.5', /PC 459\.5/);
  await choose(page, w.misdemeanor); // shoplifting can be charged either way
  await choose(page, w.adult);
  await choose(page, w.yes);
  await choose(page, w.yes);
}

export async function addRecord(page: Page, lang: Lang = 'en') {
  await page.getByRole('button', { name: words(lang).addRecord }).click();
}

/** From the records list: a letter from a support service, a U.S. citizen, then the results. */
export async function letterCitizenResults(page: Page, lang: Lang = 'en') {
  const w = words(lang);
  await continueOn(page); // records list
  await tick(page, w.letter);
  await choose(page, w.yes); // U.S. citizen
  await pressButton(page, w.seeResults);
  await expect(page.getByRole('region', { name: /^(What to ask about first|Qué preguntar primero)$/ })).toBeVisible();
}

/** Issue #4's journey (a): one petty-theft conviction tied to trafficking that has ended. */
export async function oneRecordJourney(page: Page, lang: Lang = 'en') {
  await begin(page, 'self', lang);
  await traffickingThatHasEnded(page, lang);
  await convictionTiedToHarm(page, '488', /PC 488/, lang);
  await letterCitizenResults(page, lang);
}

/** A helper with three records: prostitution and robbery convictions, and a shoplifting arrest. */
export async function threeRecordJourney(page: Page, lang: Lang = 'en') {
  await begin(page, 'helper', lang);
  await traffickingThatHasEnded(page, lang);
  await convictionTiedToHarm(page, '647', /PC 647\(b\)/, lang);
  await addRecord(page, lang);
  await convictionTiedToHarm(page, '211', /PC 211\)/, lang);
  await addRecord(page, lang);
  await shopliftingArrestTiedToHarm(page, lang);
  await letterCitizenResults(page, lang);
}

/**
 * Opens every folded part of the results as a reader would, by pressing its summary, until none is
 * left closed: a route card's details render only once it is opened, and the other routes' cards
 * only once their list is (src/features/results/fold.tsx).
 */
export async function openEveryFold(page: Page) {
  const closed = page.locator('details:not([open]) > summary');
  for (let presses = 0; presses < 100 && (await closed.count()) > 0; presses += 1) await closed.first().click();
  await expect(closed).toHaveCount(0);
}
