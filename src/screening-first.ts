// The screening's rules, questions and statechart (with their zod schemas and XState), run in their
// own task after React's and before the pages' code (see boot.ts and react-first.ts). Building the
// schemas and the machine is most of the app's own start-up work at 4x CPU.
import '@/machines/screening-actor';
