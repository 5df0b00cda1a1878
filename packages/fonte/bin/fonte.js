#!/usr/bin/env node
// A committed entry point, so the `fonte` bin links on install before `dist/` is built.
import { cliModule } from './entry.js'

const { main } = await import(cliModule(new URL('../', import.meta.url)).href)

// A closed pipe (`fonte split … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
