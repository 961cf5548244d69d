import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import { i18n, startI18n } from '@/i18n/config';

await startI18n('en');

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});
