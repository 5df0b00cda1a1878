// The bin turns TurboFan's inlining off (issue #9), unless node was started with a flag of its
// own about it: the user's choice wins.
import { describe, expect, it } from 'vitest'
import { tunedFlag, tuneV8 } from '../bin/v8-tuning.js'

describe('bin/v8-tuning.js', () => {
  it.each([
    { execArgv: [], tuned: true },
    { execArgv: ['--enable-source-maps', '--max-old-space-size=4096'], tuned: true },
    { execArgv: ['--turbo-inlining'], tuned: false },
    { execArgv: ['--no-turbo-inlining'], tuned: false },
    { execArgv: ['--turbo_inlining'], tuned: false },
    { execArgv: ['--no-turbo-inlining-extra'], tuned: true },
  ])('node $execArgv: the bin sets the flag: $tuned', ({ execArgv, tuned }) => {
    expect(tuneV8(execArgv)).toBe(tuned)
  })

  it('sets a flag V8 knows (an unknown one would be ignored in silence)', async () => {
    const { spawnSync } = await import('node:child_process')
    const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout
    expect(known).toContain(tunedFlag.replace(/^--no-/, '--'))
  })
})
