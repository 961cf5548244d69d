import type { LanguageInfo } from './languages';
import { pseudoLocalizeTree } from './pseudo';

/**
 * The pseudo-locale exists only in builds made with `--mode pseudo` (browser layout tests) or in
 * development with VITE_PSEUDO=1. In a production build this condition is false at build time, so
 * the pseudo-locale and its code are left out of the bundle.
 */
const enabled = import.meta.env.MODE === 'pseudo' || import.meta.env.VITE_PSEUDO === '1';

export const PSEUDO_CODE = 'en-XA';

export const pseudoLanguage: LanguageInfo | undefined = enabled
  ? { code: PSEUDO_CODE, name: 'Ƥšéúðó-Éñĝļíšĥ', reviewed: true }
  : undefined;

type Bundle = Record<string, unknown>;

export const pseudoLoaders:
  Record<string, (namespace: string, loadEnglish: (ns: string) => Promise<Bundle>) => Promise<Bundle>> | undefined =
  enabled
    ? { [PSEUDO_CODE]: async (namespace, loadEnglish) => pseudoLocalizeTree(await loadEnglish(namespace)) }
    : undefined;
