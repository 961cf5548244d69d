import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useAfterPaint } from './after-paint';

describe('useAfterPaint', () => {
  it('is false on the first render and true on the background render that follows it', () => {
    const seen: boolean[] = [];
    renderHook(() => seen.push(useAfterPaint()));
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
  });
});
