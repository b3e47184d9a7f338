#!/usr/bin/env node
// The `jwt-hs256` bin. Top-level await is avoided, as everywhere in the package.
import { main } from './main.js'

// A reader that went away (`jwt-hs256 keygen | head -c0`) is not worth a stack trace.
process.stdout.on('error', () => {
  process.exitCode = 1
})

void main(process.argv.slice(2)).then((code) => {
  // exitCode, not exit(): pending writes to a pipe must still be flushed.
  process.exitCode = code
})
