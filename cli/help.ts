import { EXIT_CODE_MEANINGS } from './exit-codes.js'

const EXIT_CODE_LINES = EXIT_CODE_MEANINGS.map(
  ([code, meaning]) => `  ${String(code)}  ${meaning}`,
).join('\n')

export const MAIN_HELP: string = `Usage: jwt-hs256 <command> [arguments] [options]

HS256 JSON Web Tokens from the command line.

Commands:
  keygen            print a new random secret (base64url, or --hex)
  encode [CLAIMS]   sign JSON claims (argument or stdin) and print the token
  verify [TOKEN]    verify a token (argument or stdin) and print its claims
  inspect [TOKEN]   show header, payload and expiry WITHOUT verifying

Key source, for encode and verify (default: the variable JWT_SECRET):
  --key-env NAME    the environment variable NAME
  --key-file PATH   a file; one trailing newline is stripped
  --key-stdin       stdin, one trailing newline stripped; the claims or token
                    must then be an argument
The key is never a flag's value (every user can read argv with ps) and never printed.

Options for every command:
  --json            machine-readable output on stdout
  -h, --help        help; jwt-hs256 <command> --help for one command

Errors are one line on stderr. Exit codes:
${EXIT_CODE_LINES}`
