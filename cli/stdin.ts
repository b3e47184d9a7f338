import { isatty } from 'node:tty'

/** True when stdin is a terminal: reading it would wait for typing rather than a pipe. */
export function stdinIsTerminal(): boolean {
  return isatty(0)
}

/** All of stdin, as bytes: a key read from it may be binary. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
