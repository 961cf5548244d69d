import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { useKeepFocusClearOfExitBar } from './keep-focus-clear';

/**
 * The sticky exit bar (60 px tall here) must never hide the element that has focus (WCAG 2.4.11).
 * jsdom has no layout, so each element's place on screen is given by hand.
 */
const BAR_BOTTOM = 60;

function Watcher() {
  useKeepFocusClearOfExitBar();
  return null;
}

function Page({ watching = true }: { watching?: boolean }) {
  return (
    <>
      {watching && <Watcher />}
      <div className="safety-exit-bar">
        <button type="button">Exit this page</button>
      </div>
      <button type="button">Under the bar</button>
      <button type="button">Further down</button>
    </>
  );
}

function placeAt(element: Element, top: number) {
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 40 } as DOMRect);
}

describe('focus is kept clear of the exit bar', () => {
  let frames: FrameRequestCallback[];
  let scrollBy: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    scrollBy = vi.fn();
    window.scrollBy = scrollBy as unknown as typeof window.scrollBy;
    Object.defineProperty(window, 'scrollY', { value: 400, configurable: true });
  });

  afterEach(() => {
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });

  function setUp() {
    const view = render(<Page />);
    vi.spyOn(view.container.querySelector('.safety-exit-bar')!, 'getBoundingClientRect').mockReturnValue({
      top: 0,
      bottom: BAR_BOTTOM,
    } as DOMRect);
    const [exit, under, further] = view.getAllByRole('button');
    placeAt(exit!, 10);
    placeAt(under!, 20);
    placeAt(further!, 300);
    return { view, exit: exit!, under: under!, further: further! };
  }

  const afterTheBrowsersOwnScroll = () => frames.splice(0).forEach((frame) => frame(0));

  it('scrolls an element that starts under the bar down into the clear, 8 px below it', () => {
    const { under } = setUp();
    under.focus();
    afterTheBrowsersOwnScroll();
    expect(scrollBy).toHaveBeenCalledWith({ top: 20 - BAR_BOTTOM - 8, behavior: 'instant' });
  });

  it('leaves an element that is already clear of the bar where it is', () => {
    const { further } = setUp();
    further.focus();
    afterTheBrowsersOwnScroll();
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('does not scroll back when focus moved on before the frame (a "jump to" button)', () => {
    const { under, further } = setUp();
    under.focus();
    further.focus();
    afterTheBrowsersOwnScroll();
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('never moves the page for the bar’s own Exit button, or at the very top of the page', () => {
    const { exit, under } = setUp();
    exit.focus();
    afterTheBrowsersOwnScroll();
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    under.focus();
    afterTheBrowsersOwnScroll();
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('stops watching focus when the page goes', () => {
    const { view, under } = setUp();
    view.rerender(<Page watching={false} />);
    under.focus();
    afterTheBrowsersOwnScroll();
    expect(frames).toHaveLength(0);
    expect(scrollBy).not.toHaveBeenCalled();
  });
});
