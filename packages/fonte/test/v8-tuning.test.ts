// The bin tunes V8 for runs of seconds (issue #9), unless node was started with a flag of its own
// for a setting (the user's choice wins) or FONTE_V8_TUNING=0.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { tunedFlags, tuneV8 } from '../bin/v8-tuning.js'

const inlining = '--no-turbo-inlining'
const budget = '--interrupt-budget=400000'

describe('bin/v8-tuning.js', () => {
  it.each([
    { execArgv: [], env: {}, set: [inlining, budget] },
    {
      execArgv: ['--enable-source-maps', '--max-old-space-size=4096'],
      env: {},
      set: [inlining, budget],
    },
    { execArgv: ['--turbo-inlining'], env: {}, set: [budget] },
    { execArgv: ['--no-turbo-inlining'], env: {}, set: [budget] },
    { execArgv: ['--turbo_inlining'], env: {}, set: [budget] },
    { execArgv: ['--no-turbo-inlining-extra'], env: {}, set: [inlining, budget] },
    { execArgv: ['--interrupt-budget=67584'], env: {}, set: [inlining] },
    { execArgv: ['--interrupt_budget', '1000'], env: {}, set: [inlining] },
    { execArgv: ['--interrupt-budget-for-maglev=5'], env: {}, set: [inlining, budget] },
    { execArgv: [], env: { FONTE_V8_TUNING: '0' }, set: [] },
    { execArgv: [], env: { FONTE_V8_TUNING: '1' }, set: [inlining, budget] },
  ])('node $execArgv, $env: sets $set', ({ execArgv, env, set }) => {
    expect(tuneV8(execArgv, env)).toEqual(set)
  })

  it('sets only flags V8 knows (an unknown one would be ignored in silence)', () => {
    const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout
    for (const [flag] of tunedFlags) {
      expect(known).toContain(`  ${flag.replace(/^--no-/, '--').replace(/=.*$/, '')} (`)
    }
  })
})
