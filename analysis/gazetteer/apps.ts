/**
 * Finds apps and online services named in a text. A scan over its words finds every alias
 * (app-aliases.ts); the names that are also ordinary words are then kept only with confirmation
 * (see app-data.ts).
 */
import { aliasAt, pickAlias, WORD_RE, type Alias, type AppCategory } from './app-aliases';
import { isSentenceStart, surroundings } from './text-utils';

export interface AppMention {
  index: number;
  end: number;
  text: string;
  /** Canonical name, e.g. "TikTok", "X", "WeChat". */
  app: string;
  category: AppCategory;
}

/** Words near a name that show an app or online service is meant, in the seven languages. */
const GENERIC_CUE =
  /(?<!\p{L})(?:apps?(?!\p{L})|appli|applicazion|aplica|messag|messeng|mensag|mensaj|berichten|chat|plate-?forme|platform|plataforma|piattaform|plattform|netzwerk|network|netwerk|réseau|redes? social|rede social|rete social|social|soziale|dienst|service|servizio|servicio|serviço|download|herunterl|télécharg|descarg|scaric|baixar|store|vpn|browser|navigat|navegador|encrypt|verschlüssel|chiffr|cifrad|crittograf|criptograf|versleutel|account|konto|compte|cuenta|conta(?!\p{L})|user|nutzer|utilisat|usuári|usuari|utent|gebruiker|google|microsoft|meta(?!\p{L})|facebook|instagram|whatsapp|telegram|tiktok|wechat|spiel|jeu(?!\p{L})|jeux|juego|gioc|jogo|game|streaming|vide[oó])/iu;
const MESSAGING_CUE =
  /(?<!\p{L})(?:apps?(?!\p{L})|messag|messeng|mensag|mensaj|berichten|chat|encrypt|verschlüssel|chiffr|cifrad|crittograf|criptograf|versleutel|whatsapp|telegram|threema|wechat|viber)/iu;
const AI_CUE =
  /(?<!\p{L})(?:KI|IA|AI|LLM|GPT)(?!\p{L})|(?<!\p{L})(?:chatbot|assist|künstlich|artifici|intelligen|openai|anthropic|google|microsoft|sprachmodell|language model|modèle|modelo|modello|taalmodel)/iu;
const VPN_CUE =
  /(?<!\p{L})(?:vpn|browser|navigat|navegador|netzwerk|network|réseau|red(?!\p{L})|rede(?!\p{L})|rete(?!\p{L})|netwerk|onion|anonym|zensur|censor|censur|umgeh|contourn|elud|aggir|circumv|omzeil)/iu;

const PAYMENTS_CUE =
  /(?<!\p{L})(?:apps?(?!\p{L})|pay|zahl|paiement|pago|pagament|betaal|bank|transf|überweis|virement|bonific|overschrijving|wallet|geldbörse|portefeuille|cartera|portafoglio|carteira|portemonnee)/iu;

const CATEGORY_CUE: Partial<Record<AppCategory, RegExp>> = {
  messaging: MESSAGING_CUE,
  ai: AI_CUE,
  vpn: VPN_CUE,
  payments: PAYMENTS_CUE,
};

/**
 * "X" needs a platform word just before it ("la red social X", "der Plattform X", "@X"), a note
 * on the old name after it ("X (formerly Twitter)"), a list of other apps, or a mention of
 * Twitter or X Corp elsewhere in the text.
 */
const X_BEFORE =
  /(?:@|(?:plattform|platform|plataforma|piattaforma|plate-?forme|réseau|red social|rede social|rete sociale|social network|social media|sociale? media|sociaal netwerk|sociale netwerk|netzwerk|netwerk|medien|medium|kurznachrichtendienst|onlinedienst|nachrichtendienst|dienst|service|servizio|servicio|serviço|microblog\p{L}*|social|musk(?:'s|’s|s)?)\s+(?:\p{L}+\s+)?["'«„“‘]?)$/iu;
/** "posted on X", "schrieb auf X", "a écrit sur X", "publicó en X", "escreveu no X". */
const X_POSTED_ON =
  /(?:post|schrieb|écri|escrib|scritt|scriv|escrev|schre|wrote|writ|sa[iy]|sagt|announc|publi|tweet|account|konto|compte|cuenta|conta|profil)\p{L}*\s+(?:\p{L}+\s+){0,3}(?:on|auf|bei|sur|en|su|sul|no|na|op)\s+$/iu;
/**
 * A definite article before X in Romance languages ("o X", "do X", "el X", "il X") marks the
 * platform, unless a capitalised word follows: "el X Congreso" is a Roman numeral.
 */
const X_ARTICLE = /(?<!\p{L})(?:o|do|no|ao|pelo|el|del|al|le|du|au|il|dal|nel|sul)\s+$/iu;
const X_AFTER =
  /^(?:\s*[(,–—-]?\s*(?:formerly|previously|früher|ehemals|vormals|einst|anciennement|autrefois|antes|antigu|antig|già|ex(?!\p{L})|ex-|voorheen|voormalig)|[\s-](?:platform|plattform|account|konto|post|feed|app(?!\p{L})|chef|boss|owner|ceo|user|nutzer))/iu;
/** Words before a capital X that make it a letter or numeral, never the service. */
const X_WRONG_BEFORE =
  /(?<!\p{L})(?:gen\p{L}*|malcolm|pius|louis|ludwig|karl|charles|carl\p{L}*|arti[ck]\p{L}*|chap\p{L}*|kapitel|cap[ií]t\p{L}*|tit[lru]\p{L}*|título|phase|fase|tag|jour|día|giorno|dia|plan|proje?[ck]\p{L}*|progetto|fall|mister|mr|mod[eè]l\p{L}*|s[ée]ries?|iphone|os|fa[ckt]+or|facteur|fattore|typ|type|tipo|punkt|point|pont?o|stufe|level|niv\p{L}*|livello|versi\p{L}*|windows|schritt|step|étape|pass?o|person\p{L}*|pessoa|herr|frau|monsieur|madame|se[nñ]h?ora?|signora?|mme|sra?|jahr|year|année|año|ano|anno|jaar|klasse|class[ea]?|clase|grup\p{L}*|group\p{L}*|gruppo|groep|siglo|século|secolo|siècle|jahrhundert|eeuw|brand|mar[ckq]\p{L}*|merk|box|zon[ea]|variab\p{L}*|wert|value|valeur|valor|valore|waarde|spacex)\s*$|_$|(?<!\p{L})W\s+$/iu;
/** "X-ray", "X-shaped", "X-Men", "X_name", "X 2", "W X Y Z": not the service either. */
const X_WRONG_AFTER =
  /^(?:-\p{Ll}|-(?:Ray|Men|Files|Factor|Box)|_|\s*[×x*]|\s*\d|[.,]\d|\s+Y(?!\p{L}))/u;

/** "ein Signal", "das Signal setzen": the German noun, never the messenger. */
const SIGNAL_WRONG_BEFORE =
  /(?<!\p{L})(?:ein|eine[nms]?|das|dem|des|kein|klares|starkes|deutliches|wichtiges|politisches|falsches|richtiges|positives|negatives|erstes)\s+$/iu;

const SPECIAL_CUE: Record<string, RegExp> = {
  Messenger: /(?<!\p{L})(?:facebook|meta|instagram)(?!\p{L})/iu,
  Teams:
    /(?<!\p{L})(?:microsoft|video ?conferenc|videokonferenz|visioconf|videoconfer|videoconferên|videobell|videovergader)/iu,
  Max: /(?<!\p{L})(?:messeng|messag|mensag|mensaj|berichten|vk(?!\p{L})|вконтакте)/iu,
};

/**
 * Contexts that rule a name out whatever else the text says: [text before, text after].
 * "Zoom in on" is the verb. These apply to names that need a cue; a distinctive name is always kept.
 */
const WRONG_CONTEXT: Record<string, [RegExp | null, RegExp | null]> = {
  X: [X_WRONG_BEFORE, X_WRONG_AFTER],
  Signal: [SIGNAL_WRONG_BEFORE, null],
  Zoom: [null, /^\s+(?:in|out)(?:\s+on|\s*[.,;:!?]|$)/iu],
  // German "Gab's", "Gab es": the verb.
  Gab: [null, /^(?:['’]s|\s+es(?!\p{L}))/u],
};

/** Separators between names in a list: "Facebook, X and WhatsApp", "TikTok und X". */
const LIST_GAP =
  /^\s*(?:,|;|\/|&|\+|,?\s*(?:and|und|et|y|e|en|o|or|ou|oder|of|sowie|as well as|ainsi que|así como|nonché|bem como|evenals|plus)(?!\p{L}))\s*$/iu;

type Verdict = 'accept' | 'reject' | 'pending';

interface Candidate extends AppMention {
  verdict: Verdict;
}

function judge(text: string, alias: Alias, index: number, end: number): Verdict {
  if (alias.need === 'none' || alias.need === 'case') return 'accept';
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(end, end + 40);
  const [wrongBefore, wrongAfter] = WRONG_CONTEXT[alias.form] ?? [null, null];
  if (wrongBefore?.test(before) || wrongAfter?.test(after)) return 'reject';
  const around = surroundings(text, index, end, 60);
  if (alias.need === 'cue-at-start') {
    return !isSentenceStart(text, index) || GENERIC_CUE.test(around) ? 'accept' : 'pending';
  }
  const cued =
    alias.form === 'X'
      ? X_BEFORE.test(before) ||
        X_POSTED_ON.test(before) ||
        X_AFTER.test(after) ||
        (X_ARTICLE.test(before) && !/^\s+\p{Lu}/u.test(after))
      : (SPECIAL_CUE[alias.form] ?? CATEGORY_CUE[alias.category] ?? GENERIC_CUE).test(around);
  return cued ? 'accept' : 'pending';
}

/**
 * Companies the gazetteer lists because news names them in place of their service. When the text
 * names the service too, the company's mentions stand for it: "OpenAI met the regulator's
 * demands", in an article about ChatGPT, is about ChatGPT.
 */
const OPERATED_SERVICE: Readonly<Record<string, string>> = { OpenAI: 'ChatGPT' };

function asOperatedServices(mentions: AppMention[]): AppMention[] {
  const named = new Set(mentions.map((m) => m.app));
  return mentions.map((m) => {
    const service = OPERATED_SERVICE[m.app];
    return service && named.has(service) ? { ...m, app: service } : m;
  });
}

/**
 * Apps named in `text`, sorted by position, without overlaps (the longest alias wins). A name
 * that needs confirmation is kept when a cue is near it, when another mention of the same app is
 * confirmed anywhere in the text, or when it stands in a list next to a kept name.
 */
export function findApps(text: string): AppMention[] {
  const candidates: Candidate[] = [];
  let scannedTo = 0;
  for (const word of text.matchAll(WORD_RE)) {
    const index = word.index;
    if (index < scannedTo) continue;
    const hit = aliasAt(text, index, word[0]);
    if (!hit) continue;
    const end = index + hit.found.length;
    scannedTo = end;
    const alias = pickAlias(hit);
    if (!alias) continue;
    const verdict = judge(text, alias, index, end);
    if (verdict === 'reject') continue;
    candidates.push({
      index,
      end,
      text: hit.found,
      app: alias.app,
      category: alias.category,
      verdict,
    });
  }

  const confirmed = new Set(candidates.filter((c) => c.verdict === 'accept').map((c) => c.app));
  for (const c of candidates) {
    if (c.verdict === 'pending' && confirmed.has(c.app)) c.verdict = 'accept';
  }

  // Lists are confirmed from their kept members outwards, so "Facebook, X, Threads" chains.
  let changed = true;
  while (changed) {
    changed = false;
    candidates.forEach((c, i) => {
      if (c.verdict !== 'pending') return;
      const prev = candidates[i - 1];
      const next = candidates[i + 1];
      const listed = (other: Candidate | undefined, from: number, to: number): boolean =>
        other?.verdict === 'accept' && LIST_GAP.test(text.slice(from, to));
      if ((prev && listed(prev, prev.end, c.index)) || (next && listed(next, c.end, next.index))) {
        c.verdict = 'accept';
        changed = true;
      }
    });
  }

  return asOperatedServices(
    candidates
      .filter((c) => c.verdict === 'accept')
      .map(({ index, end, text: found, app, category }) => ({
        index,
        end,
        text: found,
        app,
        category,
      })),
  );
}
