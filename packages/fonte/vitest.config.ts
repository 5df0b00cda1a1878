import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'fonte',
    // Many of fonte's tests start the CLI as a process or a browser: on a shared two-core machine
    // under load, the 5 s default is a measure of the neighbours, not of fonte.
    testTimeout: 120_000,
    // `fonte lint` keeps the lexicon's answers in the user's cache folder: tests, in process or
    // spawned (they inherit this), leave the user's home alone. The cache's own tests turn it on
    // with a cache folder of their own.
    env: { FONTE_CACHE: '0' },
  },
})
