import { readFile } from 'node:fs/promises';

import { expect, type Page } from '@playwright/test';

/** Saving to and opening from a file, as a person does it: the dialogs, a passphrase, a download. */

export async function saveToFile(page: Page, passphrase: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Save my answers to a file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save your answers to a file' });
  await expect(dialog).toContainText('downloads list');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await dialog.getByLabel('Choose a passphrase').fill(passphrase);
  await dialog.getByLabel('Type the passphrase again').fill(passphrase);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save the file' }).click();
  const download = await downloading;
  await expect(dialog).toContainText('Your file is saved');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

export async function openFile(page: Page, file: { name: string; bytes: Buffer }, passphrase: string) {
  await page.getByRole('button', { name: 'Open saved answers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open saved answers' });
  await dialog.getByLabel('Saved file').setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: file.bytes });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  return dialog;
}
