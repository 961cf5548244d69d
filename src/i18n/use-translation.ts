import type { FlatNamespace, i18n as I18n, TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';

import { defaultNS, i18n } from './config';

/**
 * A component's words: `t` for one namespace in the current language, and the i18next instance.
 * The component renders again when the language changes, which i18next announces only once the
 * new language's strings are in (so a page never shows keys half-way through a switch).
 *
 * Why not react-i18next's hook: on every render it rebuilt its options and, on every mount, it
 * copied the i18next instance to make a wrapper object. "Check your answers" mounts about twenty
 * components that use it; on a slow phone (4x CPU) that was about 25 ms of the tap, for nothing the
 * page needs. Here a render reads the language and takes a `t` made once per language and
 * namespace.
 */
export function useTranslation<N extends FlatNamespace = typeof defaultNS>(ns?: N): { t: TFunction<N>; i18n: I18n } {
  const language = useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
  return { t: fixedT(language, ns ?? defaultNS) as TFunction<N>, i18n };
}

const currentLanguage = () => i18n.resolvedLanguage ?? i18n.language;

function onLanguageChange(render: () => void): () => void {
  i18n.on('languageChanged', render);
  return () => i18n.off('languageChanged', render);
}

// `getFixedT` reads the store on every call, so a `t` made before a language's strings arrived
// still finds them after; one per language and namespace is enough.
const fixedTs = new Map<string, TFunction>();

function fixedT(language: string, ns: FlatNamespace): TFunction {
  const key = `${language}\u0000${ns}`;
  let t = fixedTs.get(key);
  if (!t) {
    t = i18n.getFixedT(language, ns) as unknown as TFunction;
    fixedTs.set(key, t);
  }
  return t;
}

// Asked for nearly every sentence (does this key have a `self`/`person` variant?), and a miss
// walks i18next's whole lookup; a language's strings only change when a bundle is added.
const known = new Map<string, boolean>();
let watchingStore = false;

/** Whether `key` is in namespace `ns` of the current language. */
export function keyExists(ns: FlatNamespace, key: string): boolean {
  // The store exists once i18next is initialised, which is before anything renders.
  if (!watchingStore && i18n.store) {
    i18n.store.on('added', () => known.clear());
    watchingStore = true;
  }
  const id = `${currentLanguage()}\u0000${ns}\u0000${key}`;
  let found = known.get(id);
  if (found === undefined) {
    found = i18n.exists(key, { ns });
    known.set(id, found);
  }
  return found;
}
