/** `ita` command line: `npm run ita -- analyze INPUT.xlsx -o OUTPUT.xlsx` (see --help). */
import { runCli } from "./run";

// A reader that stops early (`ita … | head`) is not an error of ours: the files are written by
// then; end quietly with the exit code already decided.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    process.exit();
  });

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
