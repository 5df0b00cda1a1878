// Where the pool's modules are: the one place that knows, for a bundled CLI to change (a worker
// thread loads its entry and its task module from these files).
const base = import.meta.url

/** The worker threads' entry (`thread.ts`) or a task module (`lint-worker`, `report-worker`). */
export function poolModule(name: 'thread' | 'lint-worker' | 'report-worker'): URL {
  return new URL(`./${name}.js`, base)
}
