/** `ita` command line: `npm run ita -- analyze INPUT.xlsx -o OUTPUT.xlsx` (see --help). */
import { runCli } from "./run";

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
