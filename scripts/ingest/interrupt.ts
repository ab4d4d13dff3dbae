/** Exit codes for a run ended by a signal, as shells report them (128 + signal number). */
const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Makes SIGINT and SIGTERM end the run at once: `cleanup` (synchronous: remove the scratch folder,
 * release the lock) runs, one line says the out folder was left as it was, and the process exits.
 * The swap of the output is synchronous, so a signal is handled either before it or after it,
 * never in the middle. Returns a function that removes the handlers.
 */
export function exitOnInterrupt(cleanup: () => void, outDisplay: string): () => void {
  const handlers = (Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]).map((signal) => {
    const handler = (): void => {
      try {
        cleanup();
      } finally {
        console.error(`ingest: interrupted by ${signal}; ${outDisplay} was left as it was`);
        process.exit(SIGNAL_EXIT[signal]);
      }
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((remove) => remove());
}
