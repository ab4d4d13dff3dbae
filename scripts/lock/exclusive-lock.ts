import lockfile from 'proper-lockfile';

/** A lock held by this process. */
export interface HeldLock {
  /** The lock directory beside the locked folder (`.content.lock`). */
  readonly path: string;
  /** Gives the lock up. */
  release(): Promise<void>;
  /** Gives the lock up synchronously: for signal handlers, which cannot wait. */
  releaseSync(): void;
}

/** Thrown when another process still holds the lock after the wait. */
export class LockBusyError extends Error {
  constructor(readonly lockPath: string) {
    super(`locked: ${lockPath}`);
    this.name = 'LockBusyError';
  }
}

/** How long a lock whose holder stopped refreshing it (a killed process) blocks others. */
const STALE_MS = 30_000;
/** How often the holder refreshes the lock's mtime. */
const UPDATE_MS = 5_000;
/** Pause between attempts while waiting. */
const RETRY_MS = 250;

/**
 * Takes an exclusive, cross-process lock on `target` (which need not exist yet), stored as the
 * directory `lockPath` (proper-lockfile: atomic `mkdir`, refreshed while held, taken over when stale,
 * removed on exit and on signals). Waits up to `waitMs` for another holder, then throws `LockBusyError`.
 */
export async function acquireLock(target: string, lockPath: string, waitMs: number): Promise<HeldLock> {
  const options = { lockfilePath: lockPath, realpath: false } as const;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(target, {
      ...options,
      stale: STALE_MS,
      update: UPDATE_MS,
      retries: { retries: Math.max(0, Math.ceil(waitMs / RETRY_MS)), factor: 1, minTimeout: RETRY_MS, maxTimeout: RETRY_MS },
      // A holder whose event loop stalled past STALE_MS may have lost the lock; its writes stay atomic,
      // so this is worth a warning, not a crash in the middle of a run.
      onCompromised: (error) => console.error(`warning: the lock ${lockPath} was taken over (${error.message})`),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new LockBusyError(lockPath);
    throw error;
  }
  let held = true;
  return {
    path: lockPath,
    async release() {
      if (!held) return;
      held = false;
      await release().catch(() => undefined);
    },
    releaseSync() {
      if (!held) return;
      held = false;
      try {
        lockfile.unlockSync(target, options);
      } catch {
        // Already gone (released by proper-lockfile's own exit handler).
      }
    },
  };
}
