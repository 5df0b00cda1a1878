import { DocumentError, TermBaseError, type Place } from '@fonte/glossary'
import { InputError } from '../article.js'
import type { CarriedError, Settled } from './errors.js'

type Fields = Record<string, unknown>

// The classes an input error is made again as, from its fields; the message is the worker's.
const classes: Record<string, (fields: Fields) => Error> = {
  TermBaseError: (fields) => new TermBaseError(fields.place as Place, ''),
  DocumentError: (fields) =>
    new DocumentError(String(fields.file), Number(fields.line), Number(fields.column), ''),
  InputError: (fields) =>
    new InputError(String(fields.file), Number(fields.line), Number(fields.column), ''),
}

/**
 * A carried error as an instance of its class again (`TermBaseError`, `DocumentError`,
 * `InputError`), with the worker's message, fields and stack; any other (a file-system error,
 * `MarkdownDepthError`) as an `Error` with its name and fields, as the CLI tells them apart.
 */
export function rebuildError(carried: CarriedError): Error {
  const make = classes[carried.name]
  const error = make ? make(carried.fields) : new Error()
  Object.assign(error, carried.fields)
  error.name = carried.name
  error.message = carried.message
  if (carried.stack !== undefined) error.stack = carried.stack
  return error
}

/**
 * The value of a worker's settled task.
 *
 * @throws {Error} The input error the task carried, rebuilt as its class.
 */
export function unsettle<Value>(settled: Settled<Value>): Value {
  if ('error' in settled) throw rebuildError(settled.error)
  return settled.value
}
