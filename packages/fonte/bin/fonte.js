#!/usr/bin/env node
// A committed entry point, so the `fonte` bin links on install before `dist/` is built.
import module from 'node:module'
import { loadCli } from './entry.js'
import { tuneV8 } from './v8-tuning.js'

// Node 22.1 and later keep V8's compiled code of the modules between runs (in the system's
// temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), as TypeScript's `tsc` does. On
// Node 20 there is no such cache: report, align and variants keep one of their own (see
// compile-cache.js).
module.enableCompileCache?.()

// V8's optimising compiler tuned for runs of seconds: less of its background CPU (see
// v8-tuning.js; FONTE_V8_TUNING=0 leaves V8 as it is).
const flags = tuneV8()

const args = process.argv.slice(2)
const { main } = await loadCli(new URL('../', import.meta.url), args, flags)

// A closed pipe (`fonte split … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(args)
