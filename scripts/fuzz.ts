/**
 * The long pipeline fuzz: `npm run fuzz -- [--seconds 600] [--seed N]`. Damaged real grids run
 * through read -> analyse -> render -> Office adapter (fake Excel host) until the time is up;
 * every fault is printed with the seed that replays it (FUZZ_SEED=N FUZZ_CASES=1 npx jest
 * test/fuzz). Exits 1 when any case failed.
 */
import { fixtureGridSets, fuzzCase, runFuzzCase } from "../test/support/pipeline-fuzz";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const seconds = arg("seconds", 60);
  let seed = arg("seed", Date.now() % 1_000_000);
  const sets = fixtureGridSets();
  const end = Date.now() + seconds * 1000;
  let runs = 0;
  let failed = 0;
  while (Date.now() < end) {
    const outcome = await runFuzzCase(fuzzCase(seed, sets), true);
    runs++;
    if (!outcome.ok) {
      failed++;
      console.log(`seed ${seed}: ${outcome.fault}`);
    }
    seed++;
  }
  console.log(`${runs - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

void main();
