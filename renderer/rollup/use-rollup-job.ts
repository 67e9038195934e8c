// A roll-up running in the main process, followed from the page: start it (the folder is chosen in the main
// process's dialog), then ask how far it has come a few times a second until the result or a failure is in.
import { useEffect, useRef, useState } from 'react';
import type { RollupJob, RollupStart, RollupStatus } from '../../core/api';
import { useApi } from '../api/api-context';

/** Often enough for a bar that moves smoothly, rarely enough to cost the roll-up nothing. */
export const POLL_MS = 250;

export interface RollupJobState {
  job: RollupJob | null;
  status: RollupStatus | null;
  running: boolean;
  /** Resolves with false when the user cancelled the folder dialog; rejects with the API's error. */
  start(options: RollupStart): Promise<boolean>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function useRollupJob(onError: (err: unknown) => void): RollupJobState {
  const api = useApi();
  const [job, setJob] = useState<RollupJob | null>(null);
  const [status, setStatus] = useState<RollupStatus | null>(null);
  // Bumped by every start and on unmount: a loop following an older roll-up stops at its next turn.
  const generation = useRef(0);
  useEffect(
    () => () => {
      generation.current++;
    },
    [],
  );

  const follow = async (jobId: string, mine: number) => {
    for (;;) {
      let next: RollupStatus;
      try {
        next = await api.rollupStatus(jobId);
      } catch (err) {
        if (generation.current === mine) onError(err);
        return;
      }
      if (generation.current !== mine) return;
      setStatus(next);
      if (next.result || next.error) return;
      await delay(POLL_MS);
    }
  };

  const start = async (options: RollupStart) => {
    const mine = ++generation.current;
    const started = await api.startRollup(options);
    if (!started || generation.current !== mine) return false;
    setJob(started);
    setStatus({ done: 0, total: 0, result: null, error: null });
    void follow(started.jobId, mine);
    return true;
  };

  const running = status !== null && !status.result && !status.error;
  return { job, status, running, start };
}
