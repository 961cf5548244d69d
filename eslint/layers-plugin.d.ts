import type { Rule } from 'eslint';

declare const plugin: {
  meta: { name: string };
  rules: { layers: Rule.RuleModule; 'no-barrel-files': Rule.RuleModule; 'kebab-case-files': Rule.RuleModule };
};
export default plugin;
