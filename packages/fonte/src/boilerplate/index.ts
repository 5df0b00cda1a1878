export { blankBoilerplate, findBoilerplate } from './find.js'
export type { Boilerplate, BoilerplateKind } from './find.js'
export { bioWords, creditLines, navigationLines, teaserStarts } from './patterns.js'
