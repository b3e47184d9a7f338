/**
 * Failures of the command itself rather than of a token. Their messages are written
 * here, never copied from a parser or from the input, so they cannot carry the key.
 */

/** The command line or its input is wrong: an unknown flag, a bad value, no token. */
export class UsageError extends Error {
  static {
    this.prototype.name = 'UsageError'
  }
}

/** The key could not be had: variable unset, file unreadable, or the key is empty. */
export class KeyError extends Error {
  static {
    this.prototype.name = 'KeyError'
  }
}
