// A tiny local ESLint plugin that keeps the one-way structure of the app:
//   rules -> machines -> features -> app   (and shared: lib, components, i18n)
// An import is resolved to a folder under src/ (relative paths and the "@/" alias alike) and
// checked against what the importing layer may use. Features never import each other.
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
    docs: { description: 'Imports flow one way: rules -> machines -> features -> app; features do not import each other.' },
    schema: [],
    messages: {
      layer: 'src/{{from}} may not import from src/{{to}} (imports flow rules -> machines -> features -> app).',
      feature: 'Feature "{{from}}" may not import feature "{{to}}": move shared code to src/components or src/lib.',
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

export default { meta: { name: 'layers' }, rules: { layers: layersRule } };
