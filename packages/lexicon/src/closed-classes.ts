// The function words used when @fonte/lexicon-morphology (GPL) is not installed: a small list
// written by hand in this MIT package, so that callers that skip function words still skip the
// commonest ones. With the data package installed, the lists generated from Apertium's
// dictionaries (`data/<language>.function-words.tsv`) replace it entirely.
import type { FunctionWordClass, Language } from './types.js'

/**
 * The commonest words of each closed class, by class. Source: the closed classes of the
 * grammars (Serianni, *Grammatica italiana*, IV–VII and XI for Italian; Huddleston & Pullum,
 * *The Cambridge Grammar of the English Language*, 5–7 for English), written out by hand and
 * limited to the frequent forms: a fallback, not a complete list.
 */
export const fallbackClasses: Readonly<
  Record<Language, Readonly<Partial<Record<FunctionWordClass, string>>>>
> = {
  it: {
    article: "il lo la l l' i gli le un uno una un'",
    determiner:
      'questo questa questi queste quest quel quello quella quelli quelle quei quegli quell ' +
      "quell' mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre " +
      'vostro vostra vostri vostre loro ogni qualche alcuni alcune tutto tutta tutti tutte',
    preposition:
      "di d d' a ad da in con su per tra fra del dello della dei degli delle dell dell' al allo " +
      "alla ai agli alle all all' dal dallo dalla dai dagli dalle dall dall' nel nello nella nei " +
      "negli nelle nell nell' sul sullo sulla sui sugli sulle sull sull' col coi",
    'coordinating-conjunction': 'e ed o od ma né oppure però',
    'subordinating-conjunction': 'che se perché quando mentre dove come poiché benché affinché',
    pronoun:
      'io tu lui lei noi voi loro esso essa essi esse mi ti si ci vi ne lo la li le gli me te se ' +
      "ce ve c c' m m' t t' s s' v v' n n' chi cui che",
    auxiliary:
      'essere sono sei è siamo siete era eri ero erano eravamo eravate sarà saranno sarebbe ' +
      'sarebbero sia siano fosse fossero fu furono stato stata stati state essendo avere ho hai ' +
      'ha abbiamo avete hanno aveva avevano avrà avranno avrebbe avrebbero abbia abbiano avesse ' +
      'avessero ebbe ebbero avuto avendo',
    modal: 'può possono potrebbe potrebbero deve devono dovrebbe dovrebbero vuole vogliono',
    'degree-adverb': 'molto così tanto troppo quasi',
    negation: 'non',
  },
  en: {
    article: 'the a an',
    determiner:
      'this that these those my your his her its our their some any no every each all both ' +
      'either neither such what which whose',
    preposition:
      'of to in on at by for from with about as into over under after before between through ' +
      'during without within against among upon',
    'coordinating-conjunction': 'and or but nor',
    'subordinating-conjunction':
      'that if whether because although though while when whenever where why how unless until ' +
      'since than',
    pronoun:
      'i me you he him she her it we us they them myself yourself himself herself itself ' +
      'ourselves themselves who whom what which one',
    auxiliary:
      "be am is are was were been being 's s have has had having do does did don't doesn't " +
      "didn't isn't aren't wasn't weren't hasn't haven't hadn't",
    modal: "can could may might must shall should will would can't couldn't won't wouldn't",
    'degree-adverb': 'very too so quite more most',
    negation: 'not',
  },
}
