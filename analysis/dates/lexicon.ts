/**
 * The words news in each language uses around dates. Entries are regular-expression fragments
 * (alternations, no capturing groups), matched case-insensitively on whole words.
 */
import type { Lang } from '../types';

export interface DateLexicon {
  /** Twelve entries, January first: full names and dotted abbreviations. */
  months: readonly string[];
  /** Seven entries, Sunday first: full names only (abbreviations like "Fr" are ordinary words). */
  weekdays: readonly string[];
  /** Weekday abbreviations, read only right before a date ("Fr., 18.9.", "Sun, Sept. 20"). */
  weekdayShort: string;
  /** Relative days chrono's locale lacks ("vorgestern", "avant-hier"), with offsets in days. */
  relativeDays: Readonly<Record<string, number>>;
  /** Words before which a relative day is something else: German "am Morgen" is a morning. */
  relativeDayGuard?: string;
  /** "ago" before the duration ("hace dos días") where chrono's locale lacks it. */
  agoBefore?: string;
  /** Glued onto a weekday for a part of the day: "Samstagabend". */
  weekdaySuffix?: string;
  /** Before or after a weekday: points to the coming one / the past one. */
  nextBefore: string;
  nextAfter?: string;
  lastBefore: string;
  lastAfter?: string;
  /** Prepositions (with an optional article) that make a date a start / a deadline. */
  from: string;
  /** "since": also a start, but it looks back. */
  since: string;
  until: string;
  /**
   * After a date, makes it a start, but only after one of `fromAfterLead`: German "vom
   * 20.09.2020 an" (not the separable verb in "kündigte am Dienstag an").
   */
  fromAfter?: string;
  fromAfterLead?: string;
  /** Before a month: the middle / the end / the start of it (→ month precision). */
  monthPart: string;
  /** "this month" in its usual news forms. */
  thisMonth: string;
  /** Words that make a following bare month name a date ("in May", "im Dezember"). */
  monthIntro: string;
  /** Words that make a following four-digit number a year ("in 2019", "im Jahr 2019"). */
  yearIntro: string;
  /** Between a month and its year ("de 2025", "of 2022"). */
  monthYearGlue: string;
  /** Future-tense cues: a bare weekday in such a sentence is the coming one. */
  future: string;
  /** Duration units. */
  /** Hours count only in whole days: "24 hours to comply". */
  hourUnit: string;
  dayUnit: string;
  weekUnit: string;
  monthUnit: string;
  /** Number words from two up that news writes out. */
  numbers: Readonly<Record<string, number>>;
  /** "within 45 days", "in 45 days" (counted from the article's date or an earlier date). */
  within: string;
  /** "in 45 days": counted the same way, but not a deadline. */
  inTime: string;
  /** "45 days after / from <date>": the anchor follows. */
  afterAnchor: string;
  /** "after 45 days": the anchor is an earlier date in the sentence. */
  afterBefore: string;
  /** After a duration, makes it a deadline: "90 days to sell", "24 Stunden Zeit". */
  toDo: string;
  /** "for ten days": a duration that makes a range with a following "from <date>". */
  forSpan: string;
  /** "three days later" / "a day earlier", counted from the previous date of the text. */
  later: string;
  earlier: string;
  /** "a"/"one" before a unit in those phrases ("a day earlier"). */
  one: string;
  /** Year words, alone ("last year") or after a year-less date ("5 June last year"). */
  lastYear: string;
  nextYear: string;
  thisYear: string;
  /** Refer back to the date just mentioned: "that year", "the same day", "ab diesem Tag". */
  sameYear: string;
  sameDay: string;
  /**
   * Right after a date, the day after / before something else: "on Feb. 3, the day after it was
   * announced" dates the announcement to Feb. 2.
   */
  dayAfter: string;
  dayBefore: string;
}

const en: DateLexicon = {
  months: [
    'January|Jan\\.',
    'February|Feb\\.',
    'March|Mar\\.',
    'April|Apr\\.',
    'May',
    'June|Jun\\.',
    'July|Jul\\.',
    'August|Aug\\.',
    'September|Sept?\\.',
    'October|Oct\\.',
    'November|Nov\\.',
    'December|Dec\\.',
  ],
  weekdayShort: 'Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat',
  relativeDays: {},
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  weekdaySuffix: "(?:'s)?(?:\\s+(?:morning|afternoon|evening|night))?",
  nextBefore: 'next|coming|this coming',
  lastBefore: 'last|past',
  from: 'from|starting(?: on| from)?|beginning(?: on)?|as of|effective|as from',
  since: 'since',
  until: 'until|till|by|through|no later than|up to',
  monthPart:
    'mid-?|the middle of|middle of|the end of|end of|end-|late|the start of|start of|the beginning of|beginning of|early',
  thisMonth: 'this month|earlier this month|later this month',
  monthIntro:
    'in|since|until|till|by|from|of|during|before|after|through|to|early|late|last|next|this|in early|in late',
  yearIntro: 'in|since|until|by|from|before|after|during|early|late|of|the|mid-?',
  monthYearGlue: 'of',
  future: "will|'ll|shall|is due|are due|is set to|are set to|is expected to|are expected to",
  hourUnit: 'hours?',
  dayUnit: 'days?',
  weekUnit: 'weeks?',
  monthUnit: 'months?',
  numbers: {
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    ninety: 90,
  },
  within: 'within|in the next',
  inTime: 'in',
  afterAnchor: 'after|from|following',
  afterBefore: 'after',
  toDo: 'to',
  forSpan: 'for',
  later: 'later',
  earlier: 'earlier',
  one: 'a|one|the',
  lastYear: 'last year|the previous year',
  nextYear: 'next year',
  thisYear: 'this year',
  sameYear: 'that year|the same year|that same year',
  sameDay: 'the same day|that day|that same day|that date|the same date',
  dayAfter: 'the day after|a day after|one day after',
  dayBefore: 'the day before|a day before|one day before',
};

const de: DateLexicon = {
  months: [
    'Januar|Jänner|Jan\\.',
    'Februar|Feb\\.',
    'März|Mrz\\.',
    'April|Apr\\.',
    'Mai',
    'Juni',
    'Juli',
    'August|Aug\\.',
    'September|Sept?\\.',
    'Oktober|Okt\\.',
    'November|Nov\\.',
    'Dezember|Dez\\.',
  ],
  weekdayShort: 'So|Mo|Di|Mi|Do|Fr|Sa',
  relativeDays: { vorgestern: -2 },
  relativeDayGuard: 'am|dem|den|jeden|heute|gestern|guten|vom|zum|bis zum',
  weekdays: [
    'Sonntag',
    'Montag',
    'Dienstag',
    'Mittwoch',
    'Donnerstag',
    'Freitag',
    'Samstag|Sonnabend',
  ],
  weekdaySuffix: '(?:abend|morgen|vormittag|nachmittag|mittag|nacht|früh)?',
  nextBefore: 'kommenden|kommendem|kommender|nächsten|nächstem|nächster|diesen|diesem',
  lastBefore: 'vergangenen|vergangenem|letzten|letztem|vorigen|vorigem',
  from: 'ab|ab dem|ab kommendem|von|beginnend mit|mit Wirkung vom|mit Wirkung zum',
  fromAfter: 'an',
  fromAfterLead: 'vom|von',
  since: 'seit|seit dem',
  until: 'bis|bis zum|bis zur|bis spätestens|bis spätestens zum|spätestens am|spätestens bis',
  monthPart: 'Mitte|Ende|Anfang|Anfang bis Mitte',
  thisMonth: 'dieses Monats|diesen Monat|in diesem Monat|Anfang des Monats|Ende des Monats',
  monthIntro:
    'im|in|seit|bis|ab|vom|von|zum|vor|nach|bis Ende|seit Anfang|letzten|vergangenen|kommenden|nächsten|diesen',
  yearIntro: 'im Jahr|im Jahre|seit|bis|ab|vor|nach|Anfang|Ende|Mitte|von|vom',
  monthYearGlue: '',
  future: 'wird|werden|soll|sollen|sollte|sollten',
  hourUnit: 'Stunden?',
  dayUnit: 'Tagen?|Tage',
  weekUnit: 'Wochen?',
  monthUnit: 'Monaten?|Monate',
  numbers: {
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    fünfzehn: 15,
    zwanzig: 20,
    dreißig: 30,
    neunzig: 90,
  },
  within: 'innerhalb von|innerhalb|binnen',
  inTime: 'in',
  afterAnchor: 'nach|ab|seit',
  afterBefore: 'nach',
  toDo: 'Zeit',
  forSpan: 'für',
  later: 'später|danach',
  earlier: 'zuvor|davor|vorher|früher',
  one: 'einen|einem|ein|eine|einer',
  lastYear:
    'letzten Jahres|vergangenen Jahres|des vergangenen Jahres|des letzten Jahres|im vergangenen Jahr|im letzten Jahr|letztes Jahr|vorigen Jahres|im Vorjahr',
  nextYear:
    'nächsten Jahres|kommenden Jahres|des kommenden Jahres|des nächsten Jahres|im nächsten Jahr|im kommenden Jahr|nächstes Jahr',
  thisYear: 'dieses Jahres|diesen Jahres|des laufenden Jahres|in diesem Jahr',
  sameYear: 'desselben Jahres|im selben Jahr|im gleichen Jahr|jenes Jahres|des gleichen Jahres',
  sameDay: 'diesem Tag|demselben Tag|selben Tag|gleichen Tag|diesem Datum',
  dayAfter: 'einen Tag nach|ein Tag nach|am Tag nach|einen Tag nachdem|ein Tag nachdem',
  dayBefore: 'einen Tag vor|ein Tag vor|am Tag vor|einen Tag bevor',
};

const fr: DateLexicon = {
  months: [
    'janvier|janv\\.',
    'février|fevrier|févr\\.',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août|aout',
    'septembre|sept\\.',
    'octobre|oct\\.',
    'novembre|nov\\.',
    'décembre|decembre|déc\\.',
  ],
  weekdayShort: 'dim|lun|mar|mer|jeu|ven|sam',
  relativeDays: { "aujourd'hui": 0, 'avant-hier': -2, 'après-demain': 2 },
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  weekdaySuffix: '(?:\\s+(?:matin|soir|après-midi))?',
  nextBefore: '',
  nextAfter: 'prochain',
  lastBefore: '',
  lastAfter: 'dernier',
  from: "dès|dès le|à partir du|à partir de|à compter du|à compter de|à partir d'",
  since: 'depuis|depuis le',
  until: "jusqu'au|jusqu'à|jusqu'en|d'ici au|d'ici le|d'ici|avant le|au plus tard le",
  monthPart: 'mi-|à la mi-|fin|à la fin|fin de|à la fin de|début|au début de|début de|courant',
  thisMonth: 'ce mois-ci|en début de mois|ce mois',
  monthIntro: "en|depuis|dès|jusqu'en|jusqu'à|avant|après|courant|d'ici|de|au mois de|en mois de",
  yearIntro: "en|depuis|dès|avant|après|jusqu'en|fin|début|de",
  monthYearGlue: '',
  future: 'sera|seront|va|vont|entrera|entreront|devra|devront',
  hourUnit: 'heures?',
  dayUnit: 'jours?',
  weekUnit: 'semaines?',
  monthUnit: 'mois',
  numbers: {
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    quinze: 15,
    vingt: 20,
    trente: 30,
    'quatre-vingt-dix': 90,
  },
  within: "dans les|dans un délai de|sous|d'ici",
  inTime: 'dans',
  afterAnchor: 'après|à compter du|à partir du|à compter de|à partir de',
  afterBefore: 'après|au bout de',
  toDo: 'pour',
  forSpan: 'pendant|pour',
  later: 'plus tard',
  earlier: 'plus tôt|auparavant',
  one: 'un|une|le',
  lastYear: "l'an dernier|l'année dernière|l'an passé|l'année passée",
  nextYear: "l'an prochain|l'année prochaine",
  thisYear: 'cette année',
  sameYear: 'la même année|cette année-là',
  sameDay: 'le même jour|ce jour-là|cette date|la même date|même jour',
  dayAfter: "le lendemain de|au lendemain de|le lendemain d'|au lendemain d'|un jour après",
  dayBefore: "la veille de|à la veille de|la veille d'|un jour avant",
};

const es: DateLexicon = {
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre|setiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  weekdayShort: 'dom|lun|mar|mié|mie|jue|vie|sáb|sab',
  relativeDays: { anteayer: -2, 'pasado mañana': 2 },
  relativeDayGuard: 'la|esta|por la|de la|cada|una|toda la',
  agoBefore: 'hace',
  weekdays: [
    'domingo',
    'lunes',
    'martes',
    'miércoles|miercoles',
    'jueves',
    'viernes',
    'sábado|sabado',
  ],
  weekdaySuffix: '(?:\\s+por la (?:mañana|tarde|noche))?',
  nextBefore: 'próximo|proximo',
  nextAfter: 'próximo|que viene',
  lastBefore: '',
  lastAfter: 'pasado',
  from: 'a partir del|a partir de|a contar del',
  since: 'desde|desde el',
  until: 'hasta|hasta el|antes del|a más tardar el|como tarde el',
  monthPart:
    'a mediados de|mediados de|a finales de|finales de|a fines de|fines de|a principios de|principios de|a comienzos de|comienzos de|a inicios de',
  thisMonth: 'este mes|de este mes',
  monthIntro: 'en|desde|hasta|de|antes de|después de|durante|para|el pasado|el próximo|a partir de',
  yearIntro: 'en|desde|hasta|antes de|después de|de|a finales de|a principios de',
  monthYearGlue: 'de|del',
  future: 'será|serán|va a|van a|entrará|entrarán|deberá|deberán',
  hourUnit: 'horas?',
  dayUnit: 'días?|dias?',
  weekUnit: 'semanas?',
  monthUnit: 'meses|mes',
  numbers: {
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    quince: 15,
    veinte: 20,
    treinta: 30,
    noventa: 90,
  },
  within: 'en un plazo de|dentro de|en un máximo de',
  inTime: 'en',
  afterAnchor: 'después del|después de|tras el|tras|a partir del|a partir de|desde el',
  afterBefore: 'después de|tras',
  toDo: 'para',
  forSpan: 'durante|por',
  later: 'más tarde|después',
  earlier: 'antes',
  one: 'un|una|el',
  lastYear: 'del año pasado|el año pasado|del pasado año',
  nextYear: 'del año que viene|del próximo año|el año que viene|el próximo año',
  thisYear: 'de este año|este año',
  sameYear: 'de ese año|ese mismo año|ese año|del mismo año|el mismo año|de aquel año|aquel año',
  sameDay: 'esa fecha|ese mismo día|ese día|el mismo día|esa misma fecha',
  dayAfter: 'un día después de|el día después de|al día siguiente de|un día después',
  dayBefore: 'un día antes de|el día antes de|la víspera de|un día antes',
};

const it: DateLexicon = {
  months: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  weekdayShort: 'dom|lun|mar|mer|gio|ven|sab',
  relativeDays: { "l'altro ieri": -2 },
  weekdays: [
    'domenica',
    'lunedì|lunedi',
    'martedì|martedi',
    'mercoledì|mercoledi',
    'giovedì|giovedi',
    'venerdì|venerdi',
    'sabato',
  ],
  weekdaySuffix: '(?:\\s+(?:mattina|sera|pomeriggio))?',
  nextBefore: 'prossimo|prossima',
  nextAfter: 'prossimo|prossima',
  lastBefore: '',
  lastAfter: 'scorso|scorsa',
  from: "a partire da|a partire dal|a partire dall'|a decorrere dal|da|dal|dall'",
  since: '',
  until: "entro|entro il|entro l'|fino a|fino al|fino all'|non oltre il",
  monthPart: "a metà|metà|a fine|fine|alla fine di|a inizio|inizio|all'inizio di|ai primi di",
  thisMonth: 'questo mese|di questo mese',
  monthIntro:
    'a|in|da|dal mese di|fino a|entro|di|nel mese di|prima di|dopo|lo scorso|il prossimo|a partire da',
  yearIntro: "nel|dal|fino al|entro il|prima del|dopo il|del|alla fine del|all'inizio del",
  monthYearGlue: 'del',
  future: 'sarà|saranno|entrerà|entreranno|scatterà|scatteranno|dovrà|dovranno',
  hourUnit: 'ore',
  dayUnit: 'giorni|giorno',
  weekUnit: 'settimane|settimana',
  monthUnit: 'mesi|mese',
  numbers: {
    due: 2,
    tre: 3,
    quattro: 4,
    cinque: 5,
    sei: 6,
    sette: 7,
    otto: 8,
    nove: 9,
    dieci: 10,
    undici: 11,
    dodici: 12,
    quindici: 15,
    venti: 20,
    trenta: 30,
    novanta: 90,
  },
  within: 'entro|nel giro di',
  inTime: 'tra|fra',
  afterAnchor: "dopo il|dopo|a partire dal|a partire da|dal|dall'",
  afterBefore: 'dopo',
  toDo: 'per',
  forSpan: 'per',
  later: 'dopo|più tardi',
  earlier: 'prima',
  one: 'un|uno|una|il',
  lastYear: "dell'anno scorso|l'anno scorso|lo scorso anno|dello scorso anno",
  nextYear: "dell'anno prossimo|l'anno prossimo|il prossimo anno|del prossimo anno",
  thisYear: "di quest'anno|quest'anno",
  sameYear: "nello stesso anno|dello stesso anno|di quell'anno|quell'anno|lo stesso anno",
  sameDay: 'lo stesso giorno|quel giorno|quella data|stessa data|stesso giorno',
  dayAfter: 'il giorno dopo|un giorno dopo',
  dayBefore: 'il giorno prima|un giorno prima|la vigilia di',
};

const pt: DateLexicon = {
  months: [
    'janeiro',
    'fevereiro',
    'março|marco',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  weekdayShort: 'dom|seg|ter|qua|qui|sex|sáb|sab',
  relativeDays: { anteontem: -2, 'depois de amanhã': 2 },
  relativeDayGuard: 'de|pela|esta|nesta|da|toda a|cada',
  agoBefore: 'há',
  weekdays: [
    'domingo',
    'segunda-feira',
    'terça-feira|terca-feira',
    'quarta-feira',
    'quinta-feira',
    'sexta-feira',
    'sábado|sabado',
  ],
  weekdaySuffix: '(?:\\s+à (?:noite|tarde))?',
  nextBefore: 'próximo|próxima|proximo|proxima',
  nextAfter: 'que vem',
  lastBefore: '',
  lastAfter: 'passado|passada',
  from: 'a partir de|a partir do|a partir da|a contar de',
  since: 'desde|desde o|desde a',
  until: 'até|até o|até a|até ao|até à|antes de|o mais tardar em',
  monthPart:
    'em meados de|meados de|no final de|final de|no fim de|fim de|no início de|início de|no começo de|começo de|nos primeiros dias de',
  thisMonth: 'este mês|deste mês|neste mês',
  monthIntro: 'em|desde|até|de|antes de|depois de|durante|para|a partir de|no mês de|em pleno',
  yearIntro: 'em|desde|até|antes de|depois de|de|no final de|no início de',
  monthYearGlue: 'de',
  future: 'será|serão|vai|vão|entrará|entrarão|deverá|deverão',
  hourUnit: 'horas?',
  dayUnit: 'dias?',
  weekUnit: 'semanas?',
  monthUnit: 'meses|mês',
  numbers: {
    dois: 2,
    duas: 2,
    três: 3,
    quatro: 4,
    cinco: 5,
    seis: 6,
    sete: 7,
    oito: 8,
    nove: 9,
    dez: 10,
    onze: 11,
    doze: 12,
    quinze: 15,
    vinte: 20,
    trinta: 30,
    noventa: 90,
  },
  within: 'em até|dentro de|no prazo de',
  inTime: 'em',
  afterAnchor: 'depois de|após|a partir de|a contar de',
  afterBefore: 'após|depois de',
  toDo: 'para',
  forSpan: 'durante|por',
  later: 'depois|mais tarde',
  earlier: 'antes',
  one: 'um|uma|o',
  lastYear: 'do ano passado|no ano passado|o ano passado',
  nextYear: 'do próximo ano|no próximo ano|do ano que vem|no ano que vem',
  thisYear: 'deste ano|este ano|neste ano',
  sameYear: 'daquele ano|naquele ano|do mesmo ano|no mesmo ano|desse ano|nesse ano',
  sameDay: 'essa data|esta data|mesmo dia|nesse dia|naquele dia|mesma data',
  dayAfter: 'um dia depois|um dia após|no dia seguinte a|no dia seguinte à|no dia seguinte ao',
  dayBefore: 'um dia antes|na véspera de|na véspera da|na véspera do',
};

const nl: DateLexicon = {
  months: [
    'januari|jan\\.',
    'februari|feb\\.',
    'maart|mrt\\.',
    'april|apr\\.',
    'mei',
    'juni',
    'juli',
    'augustus|aug\\.',
    'september|sept?\\.',
    'oktober|okt\\.',
    'november|nov\\.',
    'december|dec\\.',
  ],
  weekdayShort: 'zo|ma|di|wo|do|vr|za',
  relativeDays: { eergisteren: -2, overmorgen: 2 },
  relativeDayGuard: "'s|deze|elke|de|van|op een|die",
  weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  weekdaySuffix: '(?:avond|ochtend|middag|nacht|morgen)?',
  nextBefore: 'komende|volgende|aanstaande',
  lastBefore: 'afgelopen|vorige',
  from: 'vanaf|per|met ingang van|ingaande',
  since: 'sinds|sedert',
  until: 'tot|tot en met|uiterlijk|voor',
  monthPart: 'half|medio|midden|eind|einde|begin|eind van|begin van',
  thisMonth: 'deze maand|eerder deze maand|begin deze maand',
  monthIntro: 'in|sinds|tot|vanaf|voor|na|van|afgelopen|vorige|komende|volgende',
  yearIntro: 'in|sinds|tot|vanaf|voor|na|begin|eind|medio',
  monthYearGlue: '',
  future: 'zal|zullen|gaat|gaan|moet|moeten',
  hourUnit: 'uur|uren',
  dayUnit: 'dagen|dag',
  weekUnit: 'weken|week',
  monthUnit: 'maanden|maand',
  numbers: {
    twee: 2,
    drie: 3,
    vier: 4,
    vijf: 5,
    zes: 6,
    zeven: 7,
    acht: 8,
    negen: 9,
    tien: 10,
    elf: 11,
    twaalf: 12,
    vijftien: 15,
    twintig: 20,
    dertig: 30,
    negentig: 90,
  },
  within: 'binnen',
  inTime: 'in|over',
  afterAnchor: 'na|vanaf',
  afterBefore: 'na',
  toDo: 'om|de tijd',
  forSpan: 'voor|gedurende',
  later: 'later|erna',
  earlier: 'eerder|ervoor|daarvoor',
  one: 'een|één|de',
  lastYear: 'vorig jaar|vorige jaar|afgelopen jaar|verleden jaar',
  nextYear: 'volgend jaar|komend jaar|volgende jaar',
  thisYear: 'dit jaar|van dit jaar',
  sameYear: 'datzelfde jaar|dat jaar|hetzelfde jaar',
  sameDay: 'dezelfde dag|die dag|diezelfde dag|die datum|dezelfde datum',
  dayAfter: 'een dag na|de dag na|één dag na',
  dayBefore: 'een dag voor|de dag voor|één dag voor',
};

export const LEXICONS: Readonly<Record<Lang, DateLexicon>> = { en, de, fr, es, it, pt, nl };
