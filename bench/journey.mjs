// One full journey through the built app, the same one a survivor checking one record would take:
// start, safety, what happened, one trafficking-related petty-theft conviction, evidence, results.
// Used by the INP benchmark and the step profile. Labels are English, as on a first visit.

// How long the journey waits on each page before the next tap: 0 taps as fast as a script can (the
// worst case, as in the earlier rounds); a person reads first, and the app uses that idle time.
let readingMs = 0;

export function setReadingTime(ms) {
  readingMs = ms;
}

async function read(page) {
  if (readingMs) await page.waitForTimeout(readingMs);
}

export async function choose(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await read(page);
}

export async function continueOn(page) {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await read(page);
}

export async function heading(page) {
  return page.getByRole('heading', { level: 1 }).innerText();
}

/** The journey up to "Check your answers". */
export async function journeyToCheckAnswers(page) {
  await read(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await read(page);
  await choose(page, 'For myself');
  await choose(page, 'Yes'); // safe now
  await continueOn(page); // content note
  await page.getByRole('checkbox', { name: 'Made to work or do sex acts by force, fraud or debt' }).check();
  await continueOn(page); // what happened: trafficking
  await choose(page, 'No, it has ended');
  await choose(page, 'Convicted');
  await choose(page, 'California');
  await page.getByRole('searchbox').fill('petty theft');
  await page.getByRole('radio', { name: /PC 488/ }).check();
  await continueOn(page);
  await choose(page, '18 or older');
  await choose(page, 'Yes'); // during
  await choose(page, 'Yes'); // because of
  await choose(page, 'Probation'); // the kind of sentence
  await choose(page, 'Yes'); // sentence done
  await continueOn(page); // records list
  await page.getByLabel('A letter from a support service').check();
  await continueOn(page);
  await choose(page, 'Yes'); // U.S. citizen
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await read(page);
}

/** The whole journey, to the results. */
export async function fullJourney(page) {
  await journeyToCheckAnswers(page);
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await read(page);
  // The next thing a person taps: the suggested route's card, opened for the why.
  const card = page.locator('details.pathway').first();
  await card.locator('summary').click();
  await card.getByText('What to do next').waitFor();
}
