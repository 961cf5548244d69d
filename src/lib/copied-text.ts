/**
 * Text this page put on the clipboard (the summary for a lawyer) outlives the page: after "Exit this
 * page", anyone could paste the person's answers. So the page remembers that it copied, and every
 * wipe (exit, "Clear my answers", the inactivity wipe) overwrites the clipboard, best effort: a
 * browser may refuse without a tap, which is why the copy button also says copied text stays.
 * A clipboard the page never wrote to is left alone.
 */
let copiedThisSession = false;

export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> = navigator.clipboard,
): Promise<void> {
  await clipboard.writeText(text);
  copiedThisSession = true;
}

export function clearCopiedText(
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): void {
  if (!copiedThisSession || !clipboard) return;
  copiedThisSession = false;
  clipboard.writeText('').catch(() => {
    /* refused without a user gesture: the copy button's warning already says it may stay */
  });
}
