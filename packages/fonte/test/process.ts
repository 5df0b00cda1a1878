import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const bin = new URL('../bin/fonte.js', import.meta.url).pathname
const run = promisify(execFile)

/** Runs the real `fonte` bin as a process; resolves with its exit code and output. */
export async function fonte(args: string[], options: { input?: string; cwd?: string } = {}) {
  const child = run(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 32 * 1024 * 1024,
  })
  if (options.input !== undefined) child.child.stdin?.end(options.input)
  else child.child.stdin?.end()
  try {
    const { stdout, stderr } = await child
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; signal?: string | null; stdout: string; stderr: string }
    // A process ended by a signal has no exit code (null): the signal says what ended it.
    const signal = failed.signal ? { signal: failed.signal } : {}
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, ...signal }
  }
}
