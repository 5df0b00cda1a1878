#!/usr/bin/env node
// A committed entry point, so the `fonte` bin links on install before `dist/` is built.
import { main } from '../dist/cli/main.js'

process.exitCode = await main(process.argv.slice(2))
