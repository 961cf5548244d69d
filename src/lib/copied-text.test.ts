import { describe, expect, it, vi } from 'vitest';

import { clearCopiedText, copyText } from './copied-text';

const fakeClipboard = () => ({ writeText: vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined) });

describe('text the page copied', () => {
  it('is overwritten by a wipe, once', async () => {
    const clipboard = fakeClipboard();
    await copyText('SUMMARY', clipboard);
    clearCopiedText(clipboard);
    clearCopiedText(clipboard);
    expect(clipboard.writeText.mock.calls).toEqual([['SUMMARY'], ['']]);
  });

  it('leaves a clipboard the page never wrote to alone', () => {
    const clipboard = fakeClipboard();
    clearCopiedText(clipboard);
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('survives a browser that refuses to write without a tap', async () => {
    const clipboard = fakeClipboard();
    await copyText('SUMMARY', clipboard);
    clipboard.writeText.mockRejectedValueOnce(new Error('NotAllowedError'));
    expect(() => clearCopiedText(clipboard)).not.toThrow();
  });
});
