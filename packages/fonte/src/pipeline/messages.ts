import { VFileMessage } from 'vfile-message'

/** A finding as it crosses between threads: the message's own fields. */
export type SerializedMessage = Record<string, unknown>

/** A message's fields, ready for `postMessage` (its cause flattened the same way). */
export function serializeMessage(message: VFileMessage): SerializedMessage {
  return { ...message, cause: message.cause ? { ...(message.cause as object) } : undefined }
}

/** A message from a worker as a `VFileMessage` again, with every field it had. */
export function rebuildMessage(fields: SerializedMessage): VFileMessage {
  const message = new VFileMessage(String(fields.reason))
  Object.assign(message, fields)
  if (fields.cause && typeof fields.cause === 'object') {
    const cause = new VFileMessage(String((fields.cause as SerializedMessage).reason))
    Object.assign(cause, fields.cause)
    message.cause = cause
  } else {
    delete message.cause
  }
  return message
}
