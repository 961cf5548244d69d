/**
 * A pseudo-locale for tests and development, never shipped to users: every English string with
 * accents on every letter and about 40% more length, the way translated text tends to run longer.
 * Pages that still fit at 320 px in it will fit real translations. Placeholders ({{name}}),
 * nesting ($t(...)), tags (<1>…</1>) and web addresses are kept as they are, so nothing breaks.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i] ?? letter,
  ]),
);

const KEEP = /({{[^}]*}}|\$t\([^)]*\)|<\/?\d+\/?>|<\/?[a-z]+\/?>|https?:\/\/\S+|\S+\.(?:org|gov|com)\S*)/g;
const FILLER = ['ļöñğ', 'ţéẋţ', 'ŵöŕð', 'ṁöŕé'];

export const PSEUDO_GROWTH = 0.4;

export function pseudoLocalize(text: string): string {
  let letters = 0;
  const accented = text
    .split(KEEP)
    .map((part, i) => {
      if (i % 2 === 1) return part; // a kept token
      return [...part]
        .map((ch) => {
          if (ACCENTED[ch]) letters += 1;
          return ACCENTED[ch] ?? ch;
        })
        .join('');
    })
    .join('');
  const wanted = Math.ceil(text.length * PSEUDO_GROWTH);
  const padding: string[] = [];
  let added = 0;
  for (let i = 0; added < wanted && letters > 0; i += 1) {
    const word = FILLER[i % FILLER.length] ?? '';
    const piece = added + word.length + 1 > wanted ? word.slice(0, Math.max(1, wanted - added - 1)) : word;
    padding.push(piece);
    added += piece.length + 1;
  }
  return padding.length > 0 ? `${accented} ${padding.join(' ')}` : accented;
}

type Tree = { [key: string]: string | Tree };

export function pseudoLocalizeTree<T>(tree: T): T {
  if (typeof tree === 'string') return pseudoLocalize(tree) as T;
  if (tree === null || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree as Tree).map(([k, v]) => [k, pseudoLocalizeTree(v)])) as T;
}
