/** Writes a line to stdout: the result, and nothing but the result. */
export function printResult(text: string): void {
  process.stdout.write(`${text}\n`)
}

/** Writes a line to stderr: notes, warnings and errors, kept out of pipes. */
export function printNote(text: string): void {
  process.stderr.write(`${text}\n`)
}

/** JSON on one line, for `--json`. */
export function printJson(value: unknown): void {
  printResult(JSON.stringify(value))
}

/** JSON indented, for people. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
}
