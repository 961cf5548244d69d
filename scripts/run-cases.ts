/**
 * `npm run cases -- <file-or-folder> [...]`: runs legal case files against the rules engine
 * (docs/case-format.md). Exit code 1 when any case fails or any file is invalid.
 */
import { runCaseFiles } from './cases-core';

const report = runCaseFiles(process.argv.slice(2));
process.stdout.write(`${report.lines.join('\n')}\n`);
process.exitCode = report.failed > 0 || report.invalidFiles > 0 ? 1 : 0;
