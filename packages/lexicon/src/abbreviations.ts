// Italian abbreviations of content words and the words they stand for, as Italian treebanks
// lemmatise them (`art.` → `articolo`): the morphology's sources list a few as words of their
// own (`km`) and most not at all.
import type { PartOfSpeech } from './types.js'

/**
 * Abbreviation (lower case, with its full stop) → the lemmas it abbreviates, most usual first,
 * and their part of speech. Source: the abbreviations of Italian writing as the abbreviation
 * tables of Italian dictionaries and style guides list them (units of measure as in the SI
 * brochure's Italian names), written out by hand; `l.` is the lira of pre-2002 prices before
 * the law of legal references.
 */
export const italianAbbreviations: Readonly<Record<string, readonly [string[], PartOfSpeech]>> = {
  'art.': [['articolo'], 'NOUN'],
  'artt.': [['articolo'], 'NOUN'],
  'es.': [['esempio'], 'NOUN'],
  'cap.': [['capitolo'], 'NOUN'],
  'capp.': [['capitolo'], 'NOUN'],
  'pag.': [['pagina'], 'NOUN'],
  'pagg.': [['pagina'], 'NOUN'],
  'fig.': [['figura'], 'NOUN'],
  'tab.': [['tabella'], 'NOUN'],
  'vol.': [['volume'], 'NOUN'],
  'voll.': [['volume'], 'NOUN'],
  'n.': [['numero'], 'NOUN'],
  'nr.': [['numero'], 'NOUN'],
  'tel.': [['telefono'], 'NOUN'],
  'sig.': [['signore'], 'NOUN'],
  'sigg.': [['signore'], 'NOUN'],
  'sig.ra': [['signora'], 'NOUN'],
  'dott.': [['dottore'], 'NOUN'],
  'dott.ssa': [['dottoressa'], 'NOUN'],
  'prof.': [['professore'], 'NOUN'],
  'prof.ssa': [['professoressa'], 'NOUN'],
  'avv.': [['avvocato'], 'NOUN'],
  'ing.': [['ingegnere'], 'NOUN'],
  'arch.': [['architetto'], 'NOUN'],
  'on.': [['onorevole'], 'NOUN'],
  'sen.': [['senatore'], 'NOUN'],
  'gen.': [['generale'], 'NOUN'],
  'sec.': [['secolo'], 'NOUN'],
  'secc.': [['secolo'], 'NOUN'],
  'min.': [['minuto'], 'NOUN'],
  'ed.': [['edizione'], 'NOUN'],
  'trad.': [['traduzione'], 'NOUN'],
  'all.': [['allegato'], 'NOUN'],
  'l.': [['lira', 'legge'], 'NOUN'],
  'v.': [['vedere'], 'VERB'],
  'cfr.': [['confrontare'], 'VERB'],
  km: [['chilometro'], 'NOUN'],
  cm: [['centimetro'], 'NOUN'],
  mm: [['millimetro'], 'NOUN'],
  kg: [['chilogrammo'], 'NOUN'],
  mg: [['milligrammo'], 'NOUN'],
  ml: [['millilitro'], 'NOUN'],
  kw: [['chilowatt'], 'NOUN'],
  mln: [['milione'], 'NOUN'],
  mld: [['miliardo'], 'NOUN'],
}
