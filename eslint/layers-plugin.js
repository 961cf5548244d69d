// A tiny local ESLint plugin that keeps the one-way structure of the app (docs/architecture.md):
//   rules -> machines -> features -> app   (and shared: lib, components, i18n)
// An import is resolved to a folder under src/ (relative paths and the "@/" alias alike) and
// checked against what the importing layer may use. Features never import each other.
// The rules engine is sealed: from outside src/rules, only its public entry (src/rules/index.ts)
// and the one named entry for offense search may be imported.
// Two more small rules: no barrel files (a module that only re-exports), and kebab-case file names.
import path from 'node:path';

/** What each layer may import (besides itself). */
const ALLOWED = {
  rules: [],
  lib: ['rules'],
  i18n: ['lib'],
  machines: ['rules', 'lib'],
  components: ['rules', 'lib', 'i18n'],
  features: ['rules', 'machines', 'components', 'lib', 'i18n'],
  testing: ['rules', 'machines', 'components', 'features', 'lib', 'i18n', 'app'],
  app: ['rules', 'machines', 'components', 'features', 'lib', 'i18n'],
};

/** The only ways into src/rules from outside it, without extension. */
const RULES_ENTRIES = new Set(['rules', 'rules/index', 'rules/offenses/search']);

function locate(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const [layer, feature] = rel.split(path.sep);
  return { layer, feature: layer === 'features' ? feature : undefined };
}

function resolveTarget(source, fromFile, srcRoot) {
  if (source.startsWith('@/')) return path.join(srcRoot, source.slice(2));
  if (source.startsWith('.')) return path.resolve(path.dirname(fromFile), source);
  return undefined;
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Imports flow one way: rules -> machines -> features -> app; features do not import each other.',
    },
    schema: [],
    messages: {
      layer: 'src/{{from}} may not import from src/{{to}} (imports flow rules -> machines -> features -> app).',
      feature: 'Feature "{{from}}" may not import feature "{{to}}": move shared code to src/components or src/lib.',
      sealed: "Import the rules engine only through '@/rules' (or '@/rules/offenses/search'), not '{{source}}'.",
    },
  },
  create(context) {
    const srcRoot = path.join(context.cwd, 'src');
    const here = locate(context.filename, srcRoot);
    if (!here || !(here.layer in ALLOWED)) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const target = resolveTarget(source, context.filename, srcRoot);
      if (!target) return;
      const there = locate(target, srcRoot);
      if (there?.layer === 'rules' && here.layer !== 'rules') {
        const entry = path
          .relative(srcRoot, target)
          .split(path.sep)
          .join('/')
          .replace(/\.(ts|tsx|js)$/, '');
        if (!RULES_ENTRIES.has(entry)) context.report({ node, messageId: 'sealed', data: { source } });
      }
      if (!there || there.layer === here.layer) {
        if (there && here.layer === 'features' && there.feature !== here.feature) {
          context.report({ node, messageId: 'feature', data: { from: here.feature, to: there.feature } });
        }
        return;
      }
      // Test helpers in src/testing serve the tests of every layer, and only tests.
      if (there.layer === 'testing' && /\.test\.tsx?$/.test(context.filename)) return;
      // Files directly in src/ (main.tsx, vite-env.d.ts) are the entry: only app-level code may use them.
      if (!(there.layer in ALLOWED) || !ALLOWED[here.layer].includes(there.layer)) {
        context.report({ node, messageId: 'layer', data: { from: here.layer, to: there.layer } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

/** The one module allowed to be only re-exports: the rules engine's public entry. */
const ALLOWED_BARRELS = new Set(['rules/index.ts']);

const noBarrelRule = {
  meta: {
    type: 'suggestion',
    docs: { description: 'No barrel files: import from the module that defines a thing.' },
    schema: [],
    messages: {
      barrel: 'This file only re-exports other modules (a barrel); import from the defining modules instead.',
    },
  },
  create(context) {
    const srcRoot = path.join(context.cwd, 'src');
    const rel = path.relative(srcRoot, context.filename).split(path.sep).join('/');
    if (rel.startsWith('..') || ALLOWED_BARRELS.has(rel)) return {};
    return {
      Program(program) {
        const statements = program.body.filter((node) => node.type !== 'EmptyStatement');
        const reExports = statements.filter(
          (node) => (node.type === 'ExportNamedDeclaration' && node.source) || node.type === 'ExportAllDeclaration',
        );
        if (reExports.length > 0 && reExports.length === statements.length)
          context.report({ node: program, messageId: 'barrel' });
      },
    };
  },
};

/** Each dot-separated part of a file name is lower-case words joined by hyphens (`check-answers.test.tsx`). */
const KEBAB_PART = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const kebabCaseFilesRule = {
  meta: {
    type: 'suggestion',
    docs: { description: 'File names are kebab-case.' },
    schema: [],
    messages: { kebab: 'File name "{{name}}" is not kebab-case (lower-case words joined by hyphens).' },
  },
  create(context) {
    const name = path.basename(context.filename);
    if (name.split('.').every((part) => KEBAB_PART.test(part))) return {};
    return { Program: (node) => context.report({ node, messageId: 'kebab', data: { name } }) };
  },
};

export default {
  meta: { name: 'layers' },
  rules: { layers: layersRule, 'no-barrel-files': noBarrelRule, 'kebab-case-files': kebabCaseFilesRule },
};
