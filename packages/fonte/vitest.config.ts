import { defineProject } from 'vitest/config'

export default defineProject({
  // Many of fonte's tests start the CLI as a process or a browser: on a shared two-core machine
  // under load, the 5 s default is a measure of the neighbours, not of fonte.
  test: { name: 'fonte', testTimeout: 120_000 },
})
