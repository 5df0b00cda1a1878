export { barrier, markdownProse, plainProse } from './prose.js'
export type { Prose } from './prose.js'
