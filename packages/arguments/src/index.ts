export * from './check.js'
export * from './describe.js'
