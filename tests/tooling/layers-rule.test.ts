import path from 'node:path';

import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';

import layers from '../../eslint/layers-plugin.js';

// RuleTester reports through the test framework's hooks.
Object.assign(RuleTester, { afterAll, describe, it });

const src = (file: string) => path.join(process.cwd(), 'src', file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('layers/layers', layers.rules.layers, {
  valid: [
    { filename: src('machines/flow.ts'), code: "import { screen } from '@/rules';" },
    {
      filename: src('features/wizard/a.tsx'),
      code: "import { x } from './steps/b'; import { y } from '@/machines/flow';",
    },
    { filename: src('app/app.tsx'), code: "import { Wizard } from '@/features/wizard/wizard';" },
    { filename: src('rules/pathways/x.ts'), code: "import { y } from '../core/check';" },
    { filename: src('features/wizard/wizard.test.tsx'), code: "import { renderAtStep } from '@/testing/render';" },
    // The rules engine's two ways in, and anything inside the engine itself.
    { filename: src('features/results/r.tsx'), code: "import { OUTCOMES } from '@/rules';" },
    { filename: src('features/wizard/steps/o.tsx'), code: "import { searchOffenses } from '@/rules/offenses/search';" },
    { filename: src('machines/m.ts'), code: "import { screen } from '../rules/index';" },
    { filename: src('rules/core/check.ts'), code: "import { findOffense } from '../offenses/lookup';" },
  ],
  invalid: [
    {
      filename: src('rules/screen.ts'),
      code: "import { m } from '@/machines/flow';",
      errors: [{ messageId: 'layer' }],
    },
    { filename: src('rules/screen.ts'), code: "import { a } from '../app/app';", errors: [{ messageId: 'layer' }] },
    {
      filename: src('machines/flow.ts'),
      code: "import { w } from '@/features/wizard/wizard';",
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: src('features/results/r.tsx'),
      code: "import { w } from '../wizard/wizard';",
      errors: [{ messageId: 'feature' }],
    },
    {
      filename: src('features/results/r.tsx'),
      code: "import { w } from '@/features/safety/exit';",
      errors: [{ messageId: 'feature' }],
    },
    { filename: src('components/c.tsx'), code: "import { a } from '@/app/app';", errors: [{ messageId: 'layer' }] },
    {
      filename: src('features/wizard/wizard.tsx'),
      code: "import { renderAtStep } from '@/testing/render';",
      errors: [{ messageId: 'layer' }],
    },
    // The rules engine is sealed: no reaching into its modules from outside.
    {
      filename: src('features/results/r.tsx'),
      code: "import { OUTCOMES } from '@/rules/types';",
      errors: [{ messageId: 'sealed' }],
    },
    {
      filename: src('machines/m.ts'),
      code: "import { findOffense } from '../rules/offenses/lookup';",
      errors: [{ messageId: 'sealed' }],
    },
    {
      filename: src('components/c.tsx'),
      code: "export { HARM_KINDS } from '@/rules/facts';",
      errors: [{ messageId: 'sealed' }],
    },
    {
      filename: src('machines/m.test.ts'),
      code: "import { factsSchema } from '@/rules/facts';",
      errors: [{ messageId: 'sealed' }],
    },
  ],
});

tester.run('layers/no-barrel-files', layers.rules['no-barrel-files'], {
  valid: [
    { filename: src('rules/index.ts'), code: "export { screen } from './screen'; export * from './types';" },
    { filename: src('machines/answers.ts'), code: "export const a = 1; export { b } from './b';" },
    { filename: src('app/app.tsx'), code: "import { a } from './a'; export const b = a;" },
  ],
  invalid: [
    {
      filename: src('features/safety/safety-shell.tsx'),
      code: "export { A } from './a'; export { B } from './b';",
      errors: [{ messageId: 'barrel' }],
    },
    { filename: src('machines/index.ts'), code: "export * from './flow';", errors: [{ messageId: 'barrel' }] },
  ],
});

tester.run('layers/kebab-case-files', layers.rules['kebab-case-files'], {
  valid: [
    { filename: src('features/wizard/check-answers.tsx'), code: 'export {};' },
    { filename: src('machines/screening-machine.test.ts'), code: 'export {};' },
    { filename: path.join(process.cwd(), 'eslint.config.js'), code: 'export {};' },
  ],
  invalid: [
    { filename: src('machines/screeningMachine.ts'), code: 'export {};', errors: [{ messageId: 'kebab' }] },
    { filename: src('features/wizard/Check_Answers.tsx'), code: 'export {};', errors: [{ messageId: 'kebab' }] },
  ],
});
