import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'

const quotation = '«Siamo pronti. Combatteremo» ha detto Kim. Poi è partito.'

/** The sentences `fonte split - --format jsonl` prints for `input` with extra `flags`. */
async function sentences(flags: string[], input = quotation): Promise<string[]> {
  const { code, stdout, stderr } = await fonteIn(['split', '-', '--format', 'jsonl', ...flags], {
    input,
  })
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return stdout
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text)
}

describe('fonte split: conventions and quotation modes', () => {
  it.each([
    [[], ['«Siamo pronti. Combatteremo» ha detto Kim.', 'Poi è partito.']],
    [
      ['--quotes', 'auto'],
      ['«Siamo pronti. Combatteremo» ha detto Kim.', 'Poi è partito.'],
    ],
    [
      ['--quotes', 'split'],
      ['«Siamo pronti.', 'Combatteremo» ha detto Kim.', 'Poi è partito.'],
    ],
    [
      ['--convention', 'ud'],
      ['«Siamo pronti.', 'Combatteremo» ha detto Kim.', 'Poi è partito.'],
    ],
    [
      ['--convention', 'ud', '--quotes', 'keep'],
      ['«Siamo pronti. Combatteremo» ha detto Kim.', 'Poi è partito.'],
    ],
  ])('with %j gives %j', async (flags, expected) => {
    expect(await sentences(flags)).toEqual(expected)
  })

  it('exits 2 on an unknown convention', async () => {
    const { code, stderr } = await fonteIn(['split', '-', '--convention', 'isdt'], {
      input: 'Uno.',
    })
    expect(code).toBe(2)
    expect(stderr).toContain('unknown --convention `isdt`, expected news or ud')
  })

  it.each([
    ['json', (stdout: string) => JSON.parse(stdout)],
    [
      'jsonl',
      (stdout: string) =>
        stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line)),
    ],
  ])('prints --summary as %s when asked', async (format, parse) => {
    const { code, stdout } = await fonteIn(['split', '-', '--summary', '--format', format], {
      input: 'Ha detto: «Siamo pronti». Poi è partito.',
    })
    expect(code).toBe(0)
    expect(parse(stdout)).toEqual([{ file: '-', sentences: 2, quotations: 1 }])
  })
})
