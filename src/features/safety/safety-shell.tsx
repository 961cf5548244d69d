/**
 * Safety and privacy for a shared or watched phone (docs/safety-design.md): the pieces the app shell places.
 *
 * Every piece takes `controls: SessionControls` (src/lib/session-controls.ts) or reads it from
 * <ExitProvider>; none knows how answers are stored. Suggested layout:
 *
 *   <ExitProvider controls={controls}>            // once, around everything
 *     <a href="#main" className="...">Skip to main content</a>
 *     <ExitSkipLink />                            // right after the normal skip link
 *     <ExitThisPageButton />                      // first thing in the visible layout (sticky)
 *     <main id="main">…wizard… or <SafetyPage onBack={…} /></main>
 *     <footer><SessionActions controls={controls} /></footer>
 *     <InactivityGuard controls={controls} />
 *   </ExitProvider>
 *
 * PROPS
 * - ExitProvider { controls; children?; exitUrl? = __EXIT_URL__; navigate? = location.replace;
 *     shiftTimeoutMs? = 5000 }
 *     Installs ONE capturing keyup listener (Shift×3, GOV.UK logic) and the pageshow/pagehide
 *     guard (usePageLifecycleGuard), renders the visually hidden role=status for Shift counts.
 *     On exit: overlay → controls.wipe() → clear storage → history.replaceState(null,'',BASE_URL)
 *     → navigate(exitUrl). Works in dev, test and build; `navigate` is only injected by tests.
 * - ExitSkipLink {}            hidden-until-focused link "Exit this page" (role link).
 * - ExitThisPageButton {}      sticky bar with the "Exit this page" button (role button).
 * - useExitPage() => { exit, exitUrl, shiftPresses }   for a custom exit control.
 * - SessionActions { controls; download?; readFile?; iterations? }
 *     Buttons "Save my answers to a file", "Open saved answers", "Clear my answers", each with
 *     its own dialog. Also exported alone: SaveDialog, OpenDialog, ClearDialog
 *     ({ open; onClose; controls; … }) for a menu that manages its own buttons.
 * - InactivityGuard { controls; idleMs? = 15 min; warningMs? = 60 s; onTimeout? }
 *     Warning dialog ("I need more time" / "Clear my answers now") then wipe; no timer while
 *     controls.hasAnswers() is false. The hook useInactivityTimeout and InactivityDialog are
 *     exported for a custom UI.
 * - SafetyPage { onBack; idleMinutes? = 15 }   tips, what cannot be hidden, confirmed help lines.
 *
 * CSS: ./safety.css is imported by the components; the exit bar sets scroll-padding-top on <html>
 * (via :has) so it never covers the focused element, and is hidden when printing.
 */
export { ExitProvider, ExitSkipLink, ExitThisPageButton, useExitPage, usePageLifecycleGuard } from './exit-provider';
export type { ExitProviderProps } from './exit-provider';
export { SessionActions, ClearDialog } from './session-actions';
export type { SessionActionsProps, ClearDialogProps } from './session-actions';
export { SaveDialog } from './save-dialog';
export type { SaveDialogProps } from './save-dialog';
export { OpenDialog } from './open-dialog';
export type { OpenDialogProps, OpenFailure } from './open-dialog';
export { InactivityGuard, InactivityDialog, useInactivityTimeout, DEFAULT_IDLE_MS, DEFAULT_WARNING_MS } from './inactivity';
export type { InactivityOptions, InactivityState, InactivityDialogProps } from './inactivity';
export { SafetyPage } from './safety-page';
export type { SafetyPageProps } from './safety-page';
