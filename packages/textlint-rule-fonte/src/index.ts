import { rule } from './rule.js'

export type { Options } from './rule.js'

// textlint loads a rule module's default export.
export default rule
