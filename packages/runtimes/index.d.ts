/** A runtime and how to run a module's export in it (see index.js). */
export interface Runtime {
  /** Its name and version, e.g. `deno 2.9.6`. */
  name: string;
  /**
   * The command that runs `entry`'s export `name` with `args` and prints its result as JSON; with `exit` the
   * process exits then, without it the process ends when nothing keeps it alive. `null` when the runtime has no
   * process of the caller's own to watch (workerd serves requests; only `exit` runs are offered).
   */
  command(
    entry: string,
    name: string,
    args: unknown[],
    exit: boolean,
  ): { file: string; args: string[] } | null;
}

export declare const runtimes: readonly Runtime[];
