import { type LanguageInfo, LANGUAGES, SOURCE_LANGUAGE } from './languages';
import { pseudoLanguage, pseudoLoaders } from './pseudo-entry';

type Bundle = Record<string, unknown>;
type Loader = () => Promise<Bundle>;

/**
 * Every file under `locales/<code>/<namespace>.json`, found at build time. Each is loaded only when
 * its language is needed; the build puts a language's files in one chunk (vite.config.ts), so
 * choosing a language is one request for a static file of this site, and nothing else.
 */
const files = import.meta.glob<Bundle>(['../../locales/*/*.json', '!../../locales/terms/*.json'], {
  import: 'default',
});

const byLanguage = new Map<string, Map<string, Loader>>();
for (const [path, load] of Object.entries(files)) {
  const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match?.[1] || !match[2]) continue;
  const namespaces = byLanguage.get(match[1]) ?? new Map<string, Loader>();
  namespaces.set(match[2], load);
  byLanguage.set(match[1], namespaces);
}

/** The namespaces English has; a language is offered only if it has every one of them. */
export const NAMESPACES = [...(byLanguage.get(SOURCE_LANGUAGE)?.keys() ?? [])].sort();

function hasEveryNamespace(code: string): boolean {
  const namespaces = byLanguage.get(code);
  return namespaces !== undefined && NAMESPACES.every((ns) => namespaces.has(ns));
}

/** Registered languages whose files are all present, in the registry's order. */
export const AVAILABLE_LANGUAGES: readonly string[] = [
  ...LANGUAGES.map((l) => l.code).filter(hasEveryNamespace),
  ...(pseudoLanguage ? [pseudoLanguage.code] : []),
];

export function loadNamespace(code: string, namespace: string): Promise<Bundle> {
  const pseudo = pseudoLoaders?.[code];
  if (pseudo) return pseudo(namespace, (ns) => loadNamespace(SOURCE_LANGUAGE, ns));
  const load = byLanguage.get(code)?.get(namespace);
  return load ? load() : Promise.reject(new Error(`No ${namespace} strings for ${code}`));
}

/** The registry entry for an offered language (or the pseudo-locale in test builds). */
export function describeLanguage(code: string | undefined): LanguageInfo | undefined {
  return LANGUAGES.find((l) => l.code === code) ?? (pseudoLanguage?.code === code ? pseudoLanguage : undefined);
}
