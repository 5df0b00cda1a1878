import { defineProject } from 'vitest/config'

export default defineProject({
  // The first alignment of a test file reads the lexicon's data (seconds on a busy machine);
  // vitest's 5 s default then fails correct tests on a loaded 2-core machine (issue #14).
  test: { name: 'align', testTimeout: 60_000 },
})
