/**
 * Common nouns that stand capitalised inside a sentence as part of a proper
 * name: the kind of place (`Pecos River`, `Grand Canyon`), town or division
 * of a country (`Sturbridge Village`, `Pope County`), building or
 * institution (`Union Seminary`, `Royal Academy`, `Manassas Junction`),
 * body (`the Senate`, `the Commission`, `the Budapest Quartet`), party (`the
 * Republicans`), office or rank (`Queen`, `Governor`, `Captain`, `Sister`,
 * `Lady`), and the days and months. A capitalised unknown token one slip
 * from one of these (`Pecos Rier`, `the Acadamy`) is more likely that word
 * mistyped in a title than a correct name nobody lists.
 *
 * Where they came from: written here from the classes of proper names in
 * news copy (place, town, institution, body, office, calendar), in singular
 * and plural.
 * Facts, not copied text. Licence: MIT, like the rest of copydesk.
 */
import {months, weekdays} from './calendar.js'
import {nameTitles} from './titles.js'

/** Kinds of place: land and water, towns and divisions of a country, streets and buildings (`Pecos River`, `Pope County`, `Main Street`). */
const places = [
  // Land and water
  'bay', 'beach', 'canyon', 'cape', 'cave', 'cavern', 'channel', 'coast', 'creek', 'delta', 'desert', 'falls', 'forest', 'glacier',
  'gulf', 'harbor', 'harbour', 'hill', 'island', 'isle', 'lake', 'mesa', 'mount', 'mountain', 'ocean', 'park', 'peak', 'peninsula',
  'plain', 'plateau', 'point', 'pond', 'range', 'reef', 'ridge', 'river', 'sea', 'sound', 'spring', 'strait', 'valley', 'woods',
  // Towns and divisions of a country
  'borough', 'city', 'colony', 'county', 'district', 'kingdom', 'parish', 'province', 'territory', 'town', 'township', 'village',
  // Streets and buildings
  'abbey', 'airport', 'arena', 'avenue', 'boulevard', 'bridge', 'building', 'castle', 'cathedral', 'center', 'centre', 'chapel',
  'church', 'gallery', 'garden', 'gate', 'hall', 'highway', 'hospital', 'hotel', 'house', 'lane', 'library', 'mall', 'market',
  'mill', 'mission', 'museum', 'palace', 'plaza', 'port', 'prison', 'road', 'square', 'stadium', 'station', 'street', 'temple',
  'theater', 'theatre', 'tower', 'tunnel', 'canal', 'cemetery', 'dam', 'farm', 'inn', 'junction', 'lodge', 'manor', 'memorial',
  'monument', 'observatory', 'plantation', 'ranch', 'tavern', 'zoo'
]

const singular = [
  ...places,
  // Institutions and bodies
  'academy', 'agency', 'army', 'assembly', 'association', 'bank', 'board', 'bureau', 'cabinet', 'chamber', 'club', 'college',
  'commission', 'committee', 'company', 'conference', 'congress', 'corporation', 'council', 'court', 'department', 'exchequer',
  'federation', 'force', 'foundation', 'fund', 'guard', 'institute', 'league', 'legislature', 'ministry', 'navy', 'office',
  'parliament', 'party', 'police', 'republic', 'school', 'seminary', 'senate', 'service', 'society', 'treasury', 'tribunal',
  'union', 'university', 'administration', 'authority', 'battalion', 'brigade', 'choir', 'corps', 'fleet', 'orchestra', 'quartet',
  'quintet', 'regiment', 'squadron',
  // Party members, and a scholar (`Scholar Library`)
  'democrat', 'republican', 'scholar',
  // Offices and ranks (`nameTitles`, kind `office` in `titles.ts`; not its titles of kind `address`)
  ...nameTitles,
  // Calendar: not `may`, a modal far more often than the month a slip was meant for.
  ...[...weekdays, ...months].map((name) => name.toLowerCase()).filter((name) => name !== 'may')
]

/** The regular plural (`canyons`, `churches`, `academies`); a word already plural (`falls`) stays. */
function plural(word: string): string {
  if (/(?:ch|sh|x|ss)$/.test(word)) return word + 'es'
  if (/s$/.test(word)) return word
  return /[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : word + 's'
}

/** The lower-case forms, singular and plural. */
export const titleWords: ReadonlySet<string> = new Set(singular.flatMap((word) => [word, plural(word)]))

/** The kinds of place alone (`street`, `river`, `county`, `bridge` …), singular and plural: a name before one is a place's, not a person's. */
export const placeTitleWords: ReadonlySet<string> = new Set(places.flatMap((word) => [word, plural(word)]))
