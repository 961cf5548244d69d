/**
 * The start page painted from index.html before the app runs (scripts/prerender-plugin.ts). Its
 * buttons are disabled until the live page replaces it, since nothing could answer them yet. On a
 * slow phone that is up to a second after the page appears, and a tap on Start then did nothing:
 * the person had to tap again, not knowing why. So a press on one of its buttons is remembered
 * here and pressed for them on the live page once it is there. A language chosen in the phone's
 * language menu (a select, which works before the app runs) is kept too.
 *
 * No React here: this runs in the page's first, tiny script.
 */

/** Which button: the n-th of the page's buttons with the same classes (the same control in any language). */
export interface EarlyPress {
  readonly className: string;
  readonly index: number;
}

const buttonsLike = (root: ParentNode, className: string) =>
  [...root.querySelectorAll('button')].filter((button) => button.className === className);

/**
 * Listens for a press (pointer down and up on the same button; a swipe ends in pointercancel) on
 * the painted page's buttons, which fire pointer events though they are disabled. The returned
 * function stops listening and says which button was last pressed, if any, the first time it is
 * called.
 */
export function rememberEarlyPress(root: HTMLElement): () => EarlyPress | undefined {
  let down: HTMLButtonElement | null = null;
  let pressed: EarlyPress | undefined;
  let shown: HTMLButtonElement | null = null;
  const buttonOf = (event: Event) => (event.target instanceof Element ? event.target.closest('button') : null);
  const onDown = (event: Event) => {
    // A right or middle click does not press a button.
    down = (event as PointerEvent).button > 0 ? null : buttonOf(event);
  };
  const onUp = (event: Event) => {
    const button = buttonOf(event);
    if (button && button === down && root.contains(button)) {
      pressed = { className: button.className, index: buttonsLike(root, button.className).indexOf(button) };
      // A disabled button shows no press of its own: it stays pressed in until the live page is
      // there, so the person sees the tap was taken and need not tap again.
      if (shown) delete shown.dataset.pressed;
      button.dataset.pressed = '';
      shown = button;
    }
    down = null;
  };
  root.addEventListener('pointerdown', onDown);
  root.addEventListener('pointerup', onUp);
  return () => {
    root.removeEventListener('pointerdown', onDown);
    root.removeEventListener('pointerup', onUp);
    // Said once: a press is pressed for them once, however often this is asked.
    const once = pressed;
    pressed = undefined;
    return once;
  };
}

/**
 * The app will not run (its code did not arrive): stop listening, and let no button stay shown
 * pressed in, which would say a tap was taken that never will be.
 */
export function forgetEarlyPress(root: ParentNode, earlyPress: (() => EarlyPress | undefined) | undefined) {
  earlyPress?.();
  for (const button of root.querySelectorAll<HTMLElement>('button[data-pressed]')) delete button.dataset.pressed;
}

/** The live page's button for an early press (undefined if it is not there, or cannot be pressed). */
export function liveButtonFor(root: ParentNode, press: EarlyPress): HTMLButtonElement | undefined {
  const button = buttonsLike(root, press.className)[press.index];
  return button && !button.disabled ? button : undefined;
}

/**
 * The language chosen in the painted page's language menu before the app runs, if any: the app
 * then starts in it. The returned function stops listening.
 */
export function rememberEarlyLanguage(root: HTMLElement): () => string | undefined {
  let chosen: string | undefined;
  const onChange = (event: Event) => {
    if (event.target instanceof HTMLSelectElement && event.target.classList.contains('language-switch__select')) {
      chosen = event.target.value;
    }
  };
  root.addEventListener('change', onChange);
  return () => {
    root.removeEventListener('change', onChange);
    return chosen;
  };
}
