import { assertOptions, assertTermBase } from './validate.js'
import type { TermBase, TermStatus } from './types.js'

const statusValue: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
}

/** Options of `toTbx`. */
export interface TbxOptions {
  /** `tbx3` (TBX-Basic, ISO 30042:2019, DCA style) or `tbx2` (`martif`) (default: `'tbx3'`). */
  dialect?: 'tbx2' | 'tbx3' | null | undefined
  /** The document's source language (default: `'en'`). */
  sourceLanguage?: string | null | undefined
}

/**
 * Write a term base as TBX, for CAT tools. `forbidden` terms are written as
 * `deprecatedTerm-admn-sts`, the nearest TBX status. Case sensitivity, which TBX has no data
 * category for, is written as `<termNote type="x-caseSensitive">true</termNote>`, and `parseTbx`
 * reads it back.
 *
 * @param termBase - The term base to write.
 * @param options - Dialect and source language (optional).
 * @returns The TBX document, UTF-8 XML.
 */
export function toTbx(termBase: TermBase, options?: TbxOptions | null): string {
  assertTermBase('toTbx', 'termBase', termBase)
  assertOptions('toTbx', options)
  const dialect = options?.dialect ?? 'tbx3'
  const sourceLanguage = options?.sourceLanguage ?? 'en'
  const entry = dialect === 'tbx3' ? 'conceptEntry' : 'termEntry'
  const section = dialect === 'tbx3' ? 'langSec' : 'langSet'
  const termGroup = dialect === 'tbx3' ? 'termSec' : 'tig'
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  if (dialect === 'tbx3') {
    lines.push(
      `<tbx type="TBX-Basic" style="dca" xml:lang="${escape(sourceLanguage)}" xmlns="urn:iso:std:iso:30042:ed-2">`,
    )
    lines.push(
      '  <tbxHeader><fileDesc><sourceDesc><p>Written by fonte</p></sourceDesc></fileDesc></tbxHeader>',
    )
  } else {
    lines.push(`<martif type="TBX" xml:lang="${escape(sourceLanguage)}">`)
    lines.push(
      '  <martifHeader><fileDesc><sourceDesc><p>Written by fonte</p></sourceDesc></fileDesc></martifHeader>',
    )
  }
  lines.push('  <text>', '    <body>')
  for (const concept of termBase.concepts) {
    lines.push(`      <${entry} id="${escape(concept.id)}">`)
    if (concept.domain)
      lines.push(`        <descrip type="subjectField">${escape(concept.domain)}</descrip>`)
    if (concept.note) lines.push(`        <note>${escape(concept.note)}</note>`)
    const languages = [...new Set(concept.terms.map((term) => term.language))]
    for (const language of languages) {
      lines.push(`        <${section} xml:lang="${escape(language)}">`)
      for (const term of concept.terms.filter((candidate) => candidate.language === language)) {
        lines.push(`          <${termGroup}>`)
        lines.push(`            <term>${escape(term.text)}</term>`)
        lines.push(
          `            <termNote type="administrativeStatus">${statusValue[term.status]}</termNote>`,
        )
        if (term.caseSensitive)
          lines.push('            <termNote type="x-caseSensitive">true</termNote>')
        if (term.literal) lines.push('            <termNote type="x-literal">true</termNote>')
        if (term.partOfSpeech)
          lines.push(
            `            <termNote type="partOfSpeech">${escape(term.partOfSpeech)}</termNote>`,
          )
        if (term.note) lines.push(`            <note>${escape(term.note)}</note>`)
        lines.push(`          </${termGroup}>`)
      }
      lines.push(`        </${section}>`)
    }
    lines.push(`      </${entry}>`)
  }
  lines.push('    </body>', '  </text>', dialect === 'tbx3' ? '</tbx>' : '</martif>', '')
  return lines.join('\n')
}

function escape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
