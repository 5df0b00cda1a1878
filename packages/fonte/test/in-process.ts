import { stdinText } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'

/**
 * Runs `fonte` in this process through `main(args, io)`, in `cwd` (the process's working folder
 * is changed for the call and restored after); resolves with its exit code and output.
 */
export async function fonteIn(
  args: string[],
  options: { input?: string; inputBytes?: Buffer; cwd?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const previous = process.cwd()
  if (options.cwd) process.chdir(options.cwd)
  try {
    const code = await main(args, {
      out: (line) => out.push(`${line}\n`),
      err: (line) => err.push(`${line}\n`),
      // Bytes are decoded as the process's standard input is: refused when not UTF-8 or UTF-16.
      stdin: async () => options.input ?? (options.inputBytes ? stdinText(options.inputBytes) : ''),
      stdinBytes: async () => options.inputBytes ?? Buffer.from(options.input ?? '', 'utf8'),
      color: false,
      version: '0.0.0-test',
    })
    return { code, stdout: out.join(''), stderr: err.join('') }
  } finally {
    process.chdir(previous)
  }
}
