// Running a property over generated cases: one fixed base seed (ROUND_TRIP_SEED chooses another), case i made
// from seed base + i, and a failure that names the case's seed and the command that runs it alone.
export const BASE_SEED = Number(process.env.ROUND_TRIP_SEED ?? 18_2024);

/** How many cases a property runs: its own number, or ROUND_TRIP_CASES (e.g. 1 to rerun a failing seed). */
export const caseCount = (count: number): number => Number(process.env.ROUND_TRIP_CASES ?? count);

export function seeds(count: number): number[] {
  return Array.from({ length: caseCount(count) }, (_, i) => BASE_SEED + i);
}

/** Runs `check` for each seed; the first failure is thrown again with its seed and how to reproduce it. */
export async function forEachSeed(
  count: number,
  file: string,
  check: (seed: number) => void | Promise<void>,
): Promise<void> {
  for (const seed of seeds(count)) {
    try {
      await check(seed);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new Error(
        `case seed ${seed} failed (base seed ${BASE_SEED}); rerun it alone with\n` +
          `  ROUND_TRIP_SEED=${seed} ROUND_TRIP_CASES=1 npx vitest run ${file}\n${message}`,
        { cause: err },
      );
    }
  }
}
