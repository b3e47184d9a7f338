/** The middleware setups the HTTP benchmark compares, in the order of the tables. */
export const CONTENDERS = [
  'bare app',
  'no-op middleware',
  'floor middleware',
  'jwt-hs256',
  'peer',
] as const
export type Contender = (typeof CONTENDERS)[number]
