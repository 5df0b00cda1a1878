/**
 * The words of the CLI's one-line errors: what a file-system error code means, and the rule that
 * an error is one line. Free of imports, so that any CLI module may use it without loading the
 * rest.
 */

const reasons: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'a folder, expected a file',
  ENOTDIR: 'a file where a folder was expected on the way',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'on a read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'already exists',
  EMFILE: 'too many open files',
  ELOOP: 'a loop of symbolic links',
  ENAMETOOLONG: 'a name too long',
  EIO: 'an input/output error',
  EINVAL: 'not a file that can be read or written',
  EFBIG: 'too large',
  ENXIO: 'no such device',
}

/**
 * What went wrong with a file, from a Node error's code: `a loop of symbolic links (ELOOP)`;
 * `failed (ECODE)` for a code without words here, `unreadable` without a code.
 *
 * @param error - What a file-system call threw.
 */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (typeof code !== 'string') return 'unreadable'
  return `${reasons[code] ?? 'failed'} (${code})`
}

// Characters that would break a message's one line or be invisible in it: C0 and C1 controls,
// line and paragraph separators, and byte order marks (U+FEFF), as in a file name or a JSON
// parser's quote of a file.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const invisible = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g

/**
 * `text` on one line: a control character (a newline in a file name, say) written as its escape,
 * `\n` or `\u001b`, so that a message is exactly one line and shows what the name holds.
 */
export function oneLine(text: string): string {
  return text.replace(invisible, (character) => {
    const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }
    return (
      escapes[character] ?? `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`
    )
  })
}
