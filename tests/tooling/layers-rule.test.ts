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
    { filename: src('features/wizard/a.tsx'), code: "import { x } from './steps/b'; import { y } from '@/machines/flow';" },
    { filename: src('app/app.tsx'), code: "import { Wizard } from '@/features/wizard/wizard';" },
    { filename: src('rules/pathways/x.ts'), code: "import { y } from '../core/check';" },
    { filename: src('features/wizard/wizard.test.tsx'), code: "import { renderAtStep } from '@/testing/render';" },
  ],
  invalid: [
    { filename: src('rules/screen.ts'), code: "import { m } from '@/machines/flow';", errors: [{ messageId: 'layer' }] },
    { filename: src('rules/screen.ts'), code: "import { a } from '../app/app';", errors: [{ messageId: 'layer' }] },
    { filename: src('machines/flow.ts'), code: "import { w } from '@/features/wizard/wizard';", errors: [{ messageId: 'layer' }] },
    { filename: src('features/results/r.tsx'), code: "import { w } from '../wizard/wizard';", errors: [{ messageId: 'feature' }] },
    { filename: src('features/results/r.tsx'), code: "import { w } from '@/features/safety/exit';", errors: [{ messageId: 'feature' }] },
    { filename: src('components/c.tsx'), code: "import { a } from '@/app/app';", errors: [{ messageId: 'layer' }] },
    { filename: src('features/wizard/wizard.tsx'), code: "import { renderAtStep } from '@/testing/render';", errors: [{ messageId: 'layer' }] },
  ],
});
