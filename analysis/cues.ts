/**
 * Cue words, per language, that tell a restriction from other news and say what kind of
 * restriction it is and where it stands. Entries are stems or whole words (`E` closes a word);
 * matching is case-insensitive and Unicode-aware (JavaScript's `\b` knows only ASCII letters).
 * English cues apply in every language too: "Update", "Hosting", "App Store" are loanwords.
 */
import { RESTRICTION_KINDS, type Lang, type RestrictionKind } from './types';

/** Closes a whole word. */
const E = '(?![\\p{L}\\p{N}])';

export type CueName =
  | 'restrict'
  | 'block'
  | 'announce'
  | 'order'
  | 'effective'
  | 'immediate'
  | 'inForce'
  | 'propose'
  | 'deadline'
  | 'expires'
  | 'delay'
  | 'lift'
  | 'court'
  | 'courtStop'
  | 'userLevel'
  | 'outage'
  | 'fine'
  | 'nonApp'
  | 'opinion'
  | 'continuation'
  | 'sameDate'
  | 'groupRef'
  | 'appRef'
  | 'contrast'
  | 'selfAction'
  | 'background'
  | 'cause'
  | 'span'
  | 'measureRef'
  | 'government'
  | 'speech'
  | 'inclusion'
  | 'negation'
  | 'uphold';

export type KindCue = Exclude<RestrictionKind, 'ban'>;

type Lexicon = Partial<Record<CueName | KindCue, string>>;

const EN: Lexicon = {
  uphold: `upheld|uphold|rejected|dismissed|threw out|confirmed the (?:law|ban|order|measure)`,
  negation: `not${E}|never${E}|n't${E}|no plans to|no intention`,
  inclusion: `the list|includ|among them`,
  cause: `after${E}|following|since the|because|when${E}`,
  span: `for${E}|during${E}|over the next`,
  measureRef: `the (?:ban|block|law|measure|order|restrictions?|suspension|prohibition|decree|decision)${E}`,
  government: `government|cabinet|authorit|parliament|regulator`,
  speech: `said|wrote|posted|announced|told|tweeted`,
  expires: `expir|runs out|ran out|lapse`,
  'store-removal': `download|distribut|(?:pulled|removed|disappeared|delisted) from|out of (?:\\S+ )?app stores|(?:from|through|in) (?:their |the )?(?:\\S+ )?app[- ]stores|delist`,
  'government-devices': `government (?:phones?|devices?|networks?|systems?|work)|(?:work|staff|official|federal|state|government-issued|government-owned) (?:phones?|devices?|laptops?)|civil servants|government employees|state employees|parliamentary (?:network|devices?)`,
  inForce: `took effect|take[sn]? effect|come[s]? into (?:force|effect)|came into force|in force|in effect|kick(?:s|ed)? in|go(?:es)? into effect|went into effect`,
  restrict: `similar (?:ban|measure|step|restriction)s?|followed suit|the same step|ban${E}|bans${E}|banned|banning|block|prohibit|outlaw|suspend|suspension|restrict|bar${E}|bars${E}|barred|barring|pull(?:ed)? (?:from|out of)|remov(?:e|ed|al) (?:\\w+ )?from|cut (?:\\S+ ){0,3}off|shut (?:off|down)|off-limits|no longer (?:be )?(?:allowed|available|reachable|distribute|provide|push)|(?:could|can) no longer reach|may no longer|unable to reach|unreachable|inaccessible|purge|delete \\w+ from|sanction|sell or|force[sd]? (?:the )?sale`,
  block: `block|blocked|cut (?:\\S+ ){0,3}off|shut off|unreachable|inaccessible|unable to reach|no longer reach|went dark|offline`,
  announce: `announc|order(?:ed|s)${E}|sign(?:ed|s)${E}|decid|said|says|told|banned|banning|bans${E}|prohibited|suspended|barred|approv|passed|imposed|decree|issued|gave|unveil|confirm`,
  order: `announc|ordered|orders${E}|(?:an|the|its|a court) order${E}|instruct|directed|decid|decree|signed|approv|unveil|issued`,
  effective: `took effect|take[sn]? effect|come[s]? into (?:force|effect)|came into force|in force|in effect|kick(?:s|ed)? in|start(?:s|ed|ing)? (?:on|from)?|from${E}|since${E}|as of|no longer|blocked|went dark|unreachable|inaccessible|beg[ia]n`,
  immediate: `immediate effect|with immediate|immediately|effective immediately`,
  propose: `propos|bill${E}|bills${E}|would ban|could ban|threat|warning|draft|consider|plan(?:s|ned)? to|call(?:s|ed)? for|under pain of`,
  deadline: `deadline|no later than|has until|have until|to comply|ultimatum`,
  delay: `postpon|delay|pushed back|push(?:es)? back|extend|extension|reprieve|another \\d+ days|more time`,
  lift: `lift|lifted|restor|revers|unblock|unban|back online|accessible again|reinstat|revok|rescind|ended the ban|allowed back`,
  court: `judge|court|justice|tribunal|injunction`,
  courtStop: `block|halt|enjoin|injunction|struck down|strike down|suspend|overturn|stay${E}|stopp`,
  userLevel: `accounts?${E}|users?${E}|posts?${E}|content|hashtag|search(?:es)?${E}|messages${E}|journalists?|videos?${E}|comments?${E}|profiles?${E}|ads${E}|advertis`,
  outage: `outage|went down|down for|logged out|disruption|glitch|technical (?:problem|issue|fault)|stopped working|back after|services? (?:were|was) restored after`,
  fine: `fine[ds]?${E}|penalt`,
  nonApp: `vape|vaping|cigarette|smok|tobacco|phones? (?:in|at|from) (?:school|class)|mobile phones? in|smartphones? in (?:school|class)|combustion|petrol|diesel|player|athlete|footballer|doping|gambling ads|plastic`,
  opinion: `opinion|column|commentary|op-ed|editorial`,
  continuation: `also${E}|in addition|additionally|moreover|furthermore|likewise|as well`,
  sameDate: `(?:from|on|by|as of) (?:the same|that) (?:day|date)|that same day|the same day|from then|the extended deadline|the (?:new|same|original) deadline|then${E}`,
  groupRef: `both apps|both services|both platforms|the two apps|the apps${E}|these apps|all (?:of )?(?:the|these) (?:apps|platforms|services)|the platforms${E}|the services${E}`,
  appRef: `the app${E}|the application|the platform${E}|the service${E}|the chatbot|the video app|the messaging app|the social network|it${E}`,
  contrast: `^(?:while|whereas|although)${E}`,
  selfAction: `its own|voluntar|by its own choice|default|feature|option|setting`,
  background: `war${E}|clash|founded|launched|created|killed|was born|earnings|revenue|profit|election|elections|vote${E}|protests? (?:erupted|began)|invasion|attack|died|death`,
  updates: `updates?${E}|updating|patch(?:es)?${E}`,
  payments: `payment|money[- ]transfer|transfer(?:s)? of (?:funds|money)|wallet`,
  infrastructure: `hosting|host (?:it|the)|content[- ]delivery|cdn${E}|peering|internet transit|transit services|data cent`,
  transactions: `transaction|sanctions against|sales? of|ban on sales|new agreements|do business|dealings with|business with`,
  minors: `under[- ]1[3-8]|minors|minimum age|age limit|age verification|children under|aged under`,
  divestiture: `divest|sell${E}|sale${E}|sold${E}|selling|buyer|spin[- ]off|sell-or-ban|sale of`,
  partial: `partial|partly|partially|voice calls|video calls|calls on|some features|certain features|social commerce|e-commerce`,
};

const DE: Lexicon = {
  uphold: `bestätigt|abgewiesen|wies .* ab|zurückgewiesen|verworfen`,
  negation: `nicht${E}|kein\\p{L}*|nie${E}|niemals`,
  inclusion: `darunter|die liste|umfasst`,
  cause: `nachdem|weil|da${E}|als${E}`,
  span: `für${E}|während${E}|über${E}`,
  measureRef: `das (?:verbot|gesetz|dekret)|die (?:sperre|maßnahme|anordnung|beschränkungen)`,
  government: `regierung|kabinett|behörde|parlament`,
  speech: `sagte|schrieb|erklärte|teilte|kündigte|postete`,
  expires: `läuft .* ab|lief .* ab|endet|endete|ausläuft`,
  'store-removal': `herunterlad|download|anbieten|aus den (?:\\S+ )?(?:app-)?stores|in (?:den|ihren) (?:\\S+ )?(?:app-)?stores|us-stores`,
  'government-devices': `dienstgerät|diensthandy|diensttelefon|dienstlich|regierungsgerät|regierungshandy|dienst-smartphone`,
  inForce: `in kraft|greift|greifen|wirksam|gilt ab|gelten ab`,
  restrict: `ähnliche[sn]? (?:verbot|maßnahme|schritt)|vergleichbare[sn]? (?:verbot|maßnahme)|nachgezogen|zog .* nach|verbot|verbiet|verbann|verboten|sperr|gesperrt|blockier|untersag|unterbind|unterbunden|sanktion|verschwinden|entfern|löschen|aus(?:setz|gesetzt)|stillleg|abschalt|nicht mehr (?:erreichbar|verfügbar|anbieten|herunterladen|nutzen|verwenden|unterstützen)|weder|beschränk|einschränk|zwangsverkauf|verkaufen oder|drohendes? aus|das aus${E}`,
  block: `sperr|gesperrt|blockier|nicht (?:mehr )?erreichbar|abgeschaltet|abgedreht|offline`,
  announce: `angekündigt|kündigt|angeordnet|ordnet|anordnung|unterzeichn|beschlo|beschließ|entschied|entschieden|verbot${E}|verboten|verbietet|verbannt|verbannen|verhängt|erlassen|erließ|gab${E}|mitgeteilt|bekannt|bestätigt|gebilligt|verabschied|angewiesen`,
  order: `angekündigt|kündigt|angeordnet|ordnet|anordnung|unterzeichn|beschlo|beschließ|entschied|entschieden|erlassen|erließ|angewiesen|verfügt`,
  effective: `in kraft|greift|greifen|gilt|gelten|wirksam|ab${E}|seit${E}|tritt|treten|gesperrt|blockiert|nicht (?:mehr )?erreichbar|begonnen|beginnt`,
  immediate: `sofortiger wirkung|sofort|ab sofort|umgehend`,
  propose: `vorschlag|vorgeschlagen|gesetzentwurf|entwurf|droht|drohen|erwäg|plant|fordert|forderung|warnung|androh`,
  deadline: `frist|spätestens|ultimatum`,
  delay: `aufgeschoben|aufschub|verschoben|verschiebt|verlänger|setzt .* aus|ausgesetzt|gestreckt|streckt|aufschieb`,
  lift: `aufgehoben|aufheb|hebt|kassiert|wieder (?:erreichbar|verfügbar|zugänglich|freigegeben)|freigeschaltet|entsperrt|rückgängig|zurückgenommen|vom tisch|beendet`,
  court: `richter|gericht|justiz(?!minister)|urteil|eilantrag|einstweilig`,
  courtStop: `stopp|gestoppt|blockiert|ausgesetzt|aufgehoben|kassiert|untersagt|verfügung`,
  userLevel: `konten|konto|nutzerkonten|accounts?${E}|beiträge|posts?${E}|inhalte|nutzer${E}|hashtag|suchanfragen|kommentare|profile`,
  outage: `störung|ausfall|ausgefallen|panne|technische probleme|wieder erreichbar nach|down${E}`,
  fine: `geldstrafe|geldbuße|bußgeld|strafe von|millionen euro strafe`,
  nonApp: `handys? (?:in|an|aus)|handyverbot|smartphones? (?:in|an)|klassenzimmer|schule|verbrenner|zigarette|rauch|tabak|vape|e-zigarette|spieler|doping|plastik`,
  opinion: `kommentar|meinung|kolumne|gastbeitrag`,
  continuation: `außerdem|zudem|ebenso|auch${E}|darüber hinaus|ferner|weiterhin|zusätzlich`,
  sameDate: `ab diesem tag|an diesem tag|von diesem tag an|ab dann|zum selben tag|am selben tag|der erweiterten frist|der neuen frist|der frist${E}|dann${E}`,
  groupRef: `beide apps|beiden apps|beide anwendungen|beiden anwendungen|beide dienste|beiden dienste|die apps${E}|diese apps|alle apps`,
  appRef: `die app${E}|der app${E}|die anwendung|der dienst${E}|die plattform|den dienst${E}|das netzwerk|den chatbot|die video-app`,
  contrast: `^(?:während|wohingegen|obwohl)${E}`,
  selfAction: `eigene|freiwillig|funktion${E}|einstellung`,
  background: `gegründet|umsatz|gewinn|quartal|wahl${E}|wahlen|geboren|gestorben|tod${E}|getötet|geschaffen|übernahme|invasion|krieg|zusammenst`,
  updates: `updates?${E}|aktualisier|sicherheitsupdates`,
  payments: `zahlung|überweisung`,
  infrastructure: `hosting|content delivery|cdn${E}|peering|netzdienstleister|dienstleister`,
  transactions: `transaktion|sanktion|geschäfte mit|verkauf von (?:software|produkten)`,
  minors: `unter 1[3-8]|minderjährig|altersgrenze|mindestalter|kinder unter|jugendliche unter`,
  divestiture: `verkauf|verkaufen|veräußer|abzugeben|abgeben|käufer|trennen`,
  partial: `teilweise|teilsperre|sprachanrufe|anrufe über|einzelne funktionen`,
};

const FR: Lexicon = {
  uphold: `rejet|confirm|débout|valid`,
  negation: `pas${E}|jamais${E}|aucun`,
  inclusion: `parmi (?:elles|eux|lesquelles)|la liste|comprend|notamment`,
  cause: `après (?:que|la|le|l')|parce que|puisque|lorsque|quand${E}`,
  span: `pendant${E}|pour${E}|durant${E}`,
  measureRef: `(?:la|cette) (?:mesure|interdiction|loi|suspension|décision)|le (?:blocage|décret)`,
  government: `gouvernement|autorités?|parlement|régulateur`,
  speech: `a déclaré|a écrit|a annoncé|a indiqué|a publié`,
  expires: `expir|arrive à échéance|prend fin`,
  'store-removal': `magasins? d'applications|boutiques? d'applications|télécharg`,
  'government-devices': `appareils (?:mobiles )?(?:fournis par le gouvernement|gouvernementaux|professionnels|du gouvernement)|téléphones (?:gouvernementaux|professionnels|des fonctionnaires)|fonctionnaires|agents (?:de l'état|publics)|appareils (?:fédéraux|de service)`,
  inForce: `en vigueur|prend effet|prendra effet|entr(?:e|é|ée|ent|era)s? en application`,
  restrict: `mesure (?:semblable|similaire|comparable)|même mesure|interdi|bloqu|blocage|bann|suspend|suspension|restrei|restrict|retir|supprim|couper|coupé|inaccessible|privé|sanction`,
  block: `bloqu|blocage|coupé|inaccessible|hors ligne`,
  announce: `annonc|décid|ordonn|signé|a interdit|ont interdit|interdit${E}|a banni|banni|a suspendu|suspendu|imposé|décret|adopt|approuv|donné|confirm`,
  order: `annonc|décid|ordonn|signé|décret|adopt|approuv|ordre${E}`,
  effective: `entr(?:e|é|ée|ent)s? en vigueur|en vigueur|à partir d|depuis|dès${E}|effet|prend effet|bloqué|inaccessible`,
  immediate: `effet immédiat|immédiatement|avec effet immédiat`,
  propose: `propos|projet de loi|menac|envisag|avertissement|pourrait interdire|réclam`,
  deadline: `délai|date limite|échéance|ont jusqu|a jusqu|ultimatum`,
  delay: `report|repouss|prolong|sursis|délai supplémentaire`,
  lift: `lev[ée]|lever|levée|rétabl|de nouveau accessible|à nouveau accessible|renonce|débloqu|réautoris|abrog|fin de l'interdiction`,
  court: `juge|tribunal|cour${E}|conseil d'état|justice`,
  courtStop: `suspend|bloqu|annul|invalid|retoqu`,
  userLevel: `comptes?${E}|utilisateurs${E}|publications|contenus?|hashtag|recherches|messages${E}|vidéos${E}|commentaires`,
  outage: `panne|dysfonctionnement|incident technique|perturbation`,
  fine: `amende|sanction financière|millions d'euros`,
  nonApp: `fumer|tabac|cigarette|vapot|téléphones? portables? (?:à|dans) l'école|collège|joueur|dopage|moteur|essence|plage|parc`,
  opinion: `tribune|éditorial|chronique|opinion|point de vue`,
  continuation: `en outre|de plus|par ailleurs|également|aussi${E}`,
  sameDate: `à cette date|ce jour-là|le même jour|à partir de cette date|dès lors`,
  groupRef: `les deux applications|ces applications|les applications${E}|les deux plateformes`,
  appRef: `l'application|l'appli|la plateforme|le réseau social|le service${E}|la messagerie`,
  contrast: `^(?:alors que|tandis que|bien que)${E}`,
  selfAction: `propre|volontaire|fonctionnalité|paramètre`,
  background: `fond[ée]|chiffre d'affaires|bénéfice|élection|scrutin|né${E}|mort${E}|morts${E}|tués?${E}|décès|créé`,
  updates: `mises? à jour|mettre à jour`,
  payments: `paiement|transfert d'argent|virement`,
  infrastructure: `hébergement|héberg|cdn${E}|peering`,
  transactions: `transactions?|sanctions contre`,
  minors: `mineurs|moins de 1[3-8] ans|âge minimum|majorité numérique`,
  divestiture: `vente (?:de|du|des) (?:sa|ses|la|l')|vendre|céder|cession|acheteur`,
  partial: `partiel|appels (?:vocaux|audio|vidéo)|certaines fonctions`,
};

const ES: Lexicon = {
  uphold: `aval|rechaz|confirm|desestim|ratific`,
  negation: `no${E}|nunca${E}|ningún|ninguna`,
  inclusion: `entre ellas|entre ellos|la lista|incluye`,
  cause: `después de que|tras (?:la|el|que)|porque|cuando${E}`,
  span: `durante${E}|por${E}`,
  measureRef: `(?:la|esta) (?:medida|prohibición|ley|suspensión|decisión|norma)|el (?:bloqueo|decreto|veto)`,
  government: `gobierno|autoridad|parlamento|regulador`,
  speech: `dijo|escribió|publicó|anunció|afirmó`,
  expires: `expir|vence|vencía|venció|caduca`,
  'store-removal': `tiendas? de aplicaciones|tiendas de apple|descarga|distribuir|distribuirla|desapareci[óo] de la app store`,
  inForce: `en vigor|rige${E}|regirá|surte efecto`,
  restrict: `medida (?:similar|parecida)|misma medida|eliminar|borrar|prohib|bloque|bloqueo|vet[oóa]|suspend|suspensión|restring|restricci|retir|prohibición|cort[aó]|inaccesible|fuera de servicio|sancion|desapareci`,
  block: `bloque|bloqueo|inaccesible|dejaron de cargar|desapareci|sin acceso`,
  announce: `anunci|orden[óa]|ordena|firm[óa]|decidi|dispuso|aprob|prohibió|bloqueó|suspendió|impuso|decret|concede|concedió|dio${E}`,
  order: `anunci|orden[óa]|ordena|firm[óa]|decidi|dispuso|aprob|decret|resolución|orden${E}`,
  effective: `entr[óa] en vigor|en vigor|a partir d|desde${E}|efecto|rige|bloqueado|inaccesible|dejaron de|desapareci`,
  immediate: `efecto inmediato|inmediato|inmediatamente`,
  propose: `propon|propuesta|proyecto de ley|amenaza|advertencia|podría prohibir|plante`,
  deadline: `plazo|vence|vencía|expira|fecha límite|ultimátum`,
  delay: `prórroga|prorrog|aplaz|pospon|otros \\d+ días|más tiempo|extiende|extendió`,
  lift: `levant|restablec|desbloque|de nuevo disponible|vuelve a estar|revoc|fin del bloqueo`,
  court: `juez|jueza|tribunal|corte${E}|justicia`,
  courtStop: `suspend|bloque|anul|paraliz|tumb`,
  userLevel: `cuentas?${E}|usuarios${E}|publicaciones|contenidos?|hashtag|búsquedas|mensajes${E}|vídeos${E}`,
  outage: `caída${E}|fallo|avería|interrupción|dejará de funcionar|deja de funcionar|dejó de funcionar`,
  fine: `multa|sanción económica|millones de euros`,
  nonApp: `fumar|tabaco|cigarrill|vapeo|móviles en (?:las )?(?:aulas|escuelas)|jugador|dopaje|motor|consola`,
  opinion: `columna|opinión|tribuna|editorial`,
  continuation: `además|también|asimismo|igualmente`,
  sameDate: `a partir de esa fecha|esa fecha|ese mismo día|ese día|desde entonces`,
  groupRef: `ambas aplicaciones|las dos aplicaciones|estas aplicaciones|las aplicaciones${E}|ambas plataformas`,
  appRef: `la aplicación|la app${E}|la plataforma|la red social|el servicio${E}|el chatbot`,
  contrast: `^(?:mientras que|aunque)${E}`,
  selfAction: `propia|voluntari|función${E}|configuración|soporte`,
  background: `fundad|ingresos|beneficio|elecciones|electoral|nació|murió|muerte|muertos|creado|bolsa|acciones (?:de|cayeron)|aranceles`,
  updates: `actualizaci|actualizar|actualizarla`,
  payments: `pagos?${E}|transferencias`,
  infrastructure: `alojamiento|hosting|cdn${E}|peering`,
  transactions: `transacci|sanciones contra`,
  'government-devices': `dispositivos (?:gubernamentales|oficiales|del gobierno)|teléfonos (?:oficiales|del gobierno)|funcionarios|organismos públicos|administración pública|empleados públicos|agencias federales`,
  minors: `menores de|menos de 1[3-8] años|edad mínima`,
  divestiture: `venta${E}|vender|desprender|desinver|comprador|venderla`,
  partial: `parcial|llamadas de voz|algunas funciones`,
};

const IT: Lexicon = {
  uphold: `respin|confermat|rigett|convalid`,
  negation: `non${E}|mai${E}|nessun`,
  inclusion: `tra cui|tra queste|l'elenco|la lista|include`,
  cause: `dopo (?:che|la|il|l')|perché|quando${E}`,
  span: `per${E}|durante${E}`,
  measureRef: `(?:la|questa) (?:misura|legge|sospensione|decisione)|il (?:divieto|blocco|decreto|provvedimento)`,
  government: `governo|autorità|parlamento|garante`,
  speech: `ha detto|ha scritto|ha annunciato|ha dichiarato|ha pubblicato`,
  expires: `scade|scadeva|scaduto|scadrà`,
  'store-removal': `scaric|distribuzione tramite|negli store|dagli store`,
  inForce: `in vigore|scatta|scatterà|efficace`,
  restrict: `misura (?:simile|analoga)|stessa misura|eliminare|cancellare|viet|divieto|blocc|sospe|oscura|limitazione|limita|stop${E}|spento|spegnere|rimoss|rimuov|irraggiungibil|inaccessibil|disattiv|bando${E}|messa al bando|sanzion`,
  block: `blocc|oscura|irraggiungibil|inaccessibil|disattiv|spento`,
  announce: `annunci|dispost|ordin|firm|decis|ha vietato|vietato|ha bloccato|approv|imposto|decreto|votato|comunicato`,
  order: `annunci|dispost|ordin|firmat|decis|approvat|decreto|provvediment`,
  effective: `in vigore|entra(?:to|ta)? in vigore|dal${E}|dall'|dalla${E}|a partire d|da${E}|effetto|irraggiungibil|oscurat|bloccat|inaccessibil|disattivat|resta`,
  immediate: `effetto immediato|immediat|in via d'urgenza`,
  propose: `propost|disegno di legge|minacci|avvertimento|potrebbe vietare|valuta`,
  deadline: `scadenza|scade|termine${E}|ultimatum`,
  delay: `rinvi|proroga|prorogat|posticip|slitta|rimand`,
  lift: `revoca|revocat|torna(?:to|ta)? (?:disponibile|accessibile|online)|di nuovo (?:disponibile|accessibile)|riattiv|sblocc|ripristin|riapert|welcome back|fine del blocco`,
  court: `giudice|tribunale|corte${E}|tar${E}|consiglio di stato`,
  courtStop: `blocc|sospe|annull|fermat|stop`,
  userLevel: `account${E}|utenti${E}|post${E}|contenuti|hashtag|ricerche|messaggi`,
  outage: `disservizio|guasto|down${E}|malfunzionamento|interruzione`,
  fine: `multa|sanzione (?:da|di)|milioni di euro|sanzionat`,
  nonApp: `cellular|smartphone in classe|in classe|scuol|fumo|sigarett|squalific|calciatore|giocatore|scommesse|motore`,
  opinion: `editoriale|opinione|commento|rubrica`,
  continuation: `inoltre|anche${E}|allo stesso modo|altresì`,
  sameDate: `da quella data|quel giorno|lo stesso giorno|nello stesso anno|stesso anno|da allora`,
  groupRef: `le due app|entrambe le app|queste app|le app${E}|le due piattaforme`,
  appRef: `l'app${E}|l'applicazione|la piattaforma|il servizio|il chatbot|il social`,
  contrast: `^(?:mentre|sebbene|benché)${E}`,
  selfAction: `propria|volontari|funzione${E}|impostazion`,
  background: `fondat|fatturato|utile${E}|elezion|nato${E}|morto${E}|morti${E}|uccis|creato|crollo|borsa`,
  updates: `aggiornament|aggiornare`,
  payments: `pagament|trasferimenti di denaro`,
  infrastructure: `hosting|cdn${E}|peering`,
  transactions: `transazion|sanzioni contro`,
  'government-devices': `dispositivi (?:governativi|di servizio|aziendali)|telefoni (?:di servizio|aziendali)|dipendenti pubblici|funzionari|pubblica amministrazione`,
  minors: `minori di|minorenni|sotto i 1[3-8] anni|età minima`,
  divestiture: `vendita|vendere|cedere|cessione|acquirente`,
  partial: `parzial|chiamate vocali|alcune funzioni`,
};

const PT: Lexicon = {
  uphold: `manteve|mantém|rejeit|confirm|negou`,
  negation: `não${E}|nunca${E}|nenhum`,
  inclusion: `entre eles|entre elas|a lista|inclui`,
  cause: `depois (?:que|de)|após${E}|porque|quando${E}`,
  span: `durante${E}|por${E}`,
  measureRef: `(?:a|essa|esta) (?:medida|proibição|lei|suspensão|decisão)|o (?:bloqueio|decreto)`,
  government: `governo|autoridade|parlamento|regulador`,
  speech: `disse|escreveu|publicou|anunciou|afirmou`,
  expires: `expir|vence|venceu|terminou|termina`,
  'store-removal': `lojas? de aplicativos|download|baixar`,
  inForce: `em vigor|a valer|passa a valer`,
  restrict: `medida (?:semelhante|similar)|mesma medida|apagar|remover|proib|proíb|bloque|bloqueio|suspen|banid|bani${E}|baniu|restring|restriç|retir|fora do ar|tirou .* do ar|inacess|veta|sanç`,
  block: `bloque|bloqueio|fora do ar|inacess|tirou .* do ar|deixou de funcionar`,
  announce: `anunci|determin|orden|assin|decidi|aprov|sancion|proibiu|bloqueou|suspendeu|baniu|impôs|decret|deu${E}`,
  order: `anunci|determin|orden|ordem|assin|decidi|aprov|decret|mandou|despacho`,
  effective: `entr(?:a|ou) em vigor|em vigor|a partir d|desde${E}|efeito|começa(?:r)? a valer|passa a valer|fora do ar|inacess|bloquead`,
  immediate: `efeito imediato|imediat`,
  propose: `propost|projeto de lei|ameaç|sob pena|advertência|poderia proibir|estuda`,
  deadline: `prazo|ultimato`,
  delay: `adia|adiou|prorrog|posterg|mais \\d+ dias`,
  lift: `volta a funcionar|voltou a funcionar|voltar|retorno|desbloque|liber|restabelec|revog|levant|derrub(?:a|ou) (?:o|a) (?:bloqueio|suspensão|proibição)`,
  court: `juiz|juíza|tribunal|justiça|desembargador|ministro .* do stf|supremo|stf${E}|trf`,
  courtStop: `derrub|suspend|anul|cass|revog`,
  userLevel: `contas?${E}|usuários${E}|publicações|conteúdos?|hashtag|buscas|mensagens|chamadas de (?:números )?desconhecidos|perfis`,
  outage: `instabilidade|falha|pane|fora do ar por (?:problemas|falha)|deixará de funcionar`,
  fine: `multa|sanção financeira|milhões de (?:reais|euros)`,
  nonApp: `celulares? (?:nas|em) (?:escolas|sala)|escolas|fumar|cigarro|vape|jogador|doping|motor`,
  opinion: `opinião|coluna|editorial|artigo de opinião`,
  continuation: `além disso|também|ainda${E}|igualmente`,
  sameDate: `a partir dessa data|nesse dia|no mesmo dia|desde então`,
  groupRef: `os dois aplicativos|ambos os aplicativos|esses aplicativos|os aplicativos${E}|as duas plataformas`,
  appRef: `o aplicativo|o app${E}|a plataforma|a rede social|o serviço|o mensageiro`,
  contrast: `^(?:enquanto|embora)${E}`,
  selfAction: `própri|voluntári|recurso${E}|função|configuraç|opcional`,
  background: `fundad|receita|lucro|eleições|eleitoral|nasceu|morreu|morte${E}|mortos|criado|ataque|prisão|preso`,
  updates: `atualizaç|atualizar`,
  payments: `pagamento|transferências`,
  infrastructure: `hospedagem|cdn${E}|peering`,
  transactions: `transaç|sanções contra`,
  'government-devices': `dispositivos (?:do governo|governamentais|oficiais)|celulares (?:funcionais|do governo)|servidores públicos|funcionários públicos|órgãos públicos`,
  minors: `menores de|menos de 1[3-8] anos|idade mínima`,
  divestiture: `venda${E}|vender|desinvest|comprador`,
  partial: `parcial|chamadas de voz|algumas funções`,
};

const NL: Lexicon = {
  uphold: `verworpen|bekrachtig|bevestigd|wees .* af|afgewezen`,
  negation: `niet${E}|geen${E}|nooit${E}`,
  inclusion: `waaronder|de lijst|omvat`,
  cause: `nadat|omdat|toen${E}`,
  span: `voor${E}|gedurende|tijdens`,
  measureRef: `(?:het|dit) (?:verbod|besluit|decreet)|de (?:maatregel|wet|blokkade|schorsing)`,
  government: `regering|kabinet|overheid|autoriteit|parlement|toezichthouder`,
  speech: `zei|schreef|meldde|kondigde|twitterde`,
  expires: `verloopt|verliep|loopt af|liep af`,
  'store-removal': `appwinkel|app-winkel|downloaden uit`,
  'government-devices': `werktoestel|werktelefoon|overheidstoestel|overheidstelefoon|telefoons van de overheid|diensttelefoon|ambtenaren`,
  inForce: `van kracht|in werking|gaat in${E}|ingaat`,
  restrict: `vergelijkbare maatregel|zelfde maatregel|hetzelfde gedaan|wissen|verbied|verbod|verbode|verboden|blokk|geblokkeerd|blokkade|weert|weren|geweerd|schors|geschorst|beperk|verwijder|niet langer|niet meer (?:gebruikt|bereikbaar|beschikbaar)|afgesloten|sanctie`,
  block: `blokk|geblokkeerd|blokkade|niet (?:meer )?bereikbaar|afgesloten|offline`,
  announce: `aangekondigd|kondig|maakte .* bekend|bekendgemaakt|besloten|beslist|besluit|verbood|verbiedt|ondertekend|gaf${E}|heeft .* verboden|opgelegd|ingesteld|goedgekeurd`,
  order: `aangekondigd|kondig|bekendgemaakt|maakte .* bekend|besloten|beslist|besluit|ondertekend|opgelegd|bevolen|gelast`,
  effective: `van kracht|in werking|vanaf${E}|sinds${E}|met ingang van|ingaat|gaat in|geblokkeerd|niet (?:meer )?bereikbaar`,
  immediate: `onmiddellijk|met directe ingang|direct${E}|per direct`,
  propose: `voorstel|wetsvoorstel|dreig|waarschuw|overweeg|sprak zich .* uit voor|pleit|wil .* verbieden`,
  deadline: `uiterlijk|termijn|deadline|ultimatum|(?:krijg|krijgt|krijgen|kreeg|kregen|heeft|hebben) (?:\\S+ ){0,3}de tijd`,
  delay: `uitgesteld|uitstel|verlengd|verlenging|opgeschort|verschoven`,
  lift: `opgeheven|heft .* op|hief .* op|opheffing|weer (?:bereikbaar|beschikbaar|toegankelijk)|ingetrokken|teruggedraaid|gedeblokkeerd`,
  court: `rechter|rechtbank|hof${E}|raad van state`,
  courtStop: `geschorst|schorst|blokkeert|tegengehouden|vernietigd|opgeschort`,
  userLevel: `accounts?${E}|gebruikers${E}|berichten|posts?${E}|inhoud|hashtag|zoekopdrachten`,
  outage: `storing|panne|uitval|technische problemen`,
  fine: `boete|miljoen euro`,
  nonApp: `mobieltjes|telefoons? (?:in|uit) de klas|klaslokaal|scholen|roken|sigaret|vape|speler|doping|motor`,
  opinion: `column|opinie|commentaar|ingezonden`,
  continuation: `ook${E}|bovendien|daarnaast|verder${E}|eveneens`,
  sameDate: `dezelfde dag|die dag|vanaf die datum|sindsdien`,
  groupRef: `beide apps|de twee apps|deze apps|de apps${E}|beide diensten`,
  appRef: `de app${E}|de applicatie|het platform|de dienst${E}|het sociale netwerk`,
  contrast: `^(?:terwijl|hoewel)${E}`,
  selfAction: `eigen${E}|vrijwillig|functie${E}|instelling`,
  background: `inval|oorlog|opgericht|omzet|winst|verkiezing|geboren|overleden|dood${E}|doden${E}|gedood|gelanceerd|lancering|invasie`,
  updates: `updates?${E}|bijwerken`,
  payments: `betaling|overboeking`,
  infrastructure: `hosting|cdn${E}|peering`,
  transactions: `transactie|sancties tegen`,
  minors: `minderjarig|jonger dan 1[3-8]|onder de 1[3-8]|minimumleeftijd`,
  divestiture: `verkopen|verkoop van (?:het|de|tiktok)|afstoten|koper`,
  partial: `gedeeltelijk|deels|oproepen via|verkoop via|social commerce`,
};

const LEXICONS: Record<Lang, Lexicon> = { en: EN, de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL };

/** Cues whose English words are loanwords or brand names in the other languages too. */
const SHARED_CUES: readonly (CueName | KindCue)[] = [
  'store-removal',
  'updates',
  'infrastructure',
  'userLevel',
];

const compiled = new Map<string, RegExp>();

/** The raw alternation of a cue, to embed in a larger pattern. */
export function cueAlternation(lang: Lang, cue: CueName | KindCue): string | null {
  const own = LEXICONS[lang][cue];
  const shared = lang !== 'en' && SHARED_CUES.includes(cue) ? EN[cue] : undefined;
  const source = [own, shared].filter(Boolean).join('|');
  return source || null;
}

function compile(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, 'iu');
}

/** The compiled pattern of one cue for a language (English cues added where they are loanwords). */
export function cuePattern(lang: Lang, cue: CueName | KindCue): RegExp | null {
  const key = `${lang}:${cue}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const source = cueAlternation(lang, cue);
  if (!source) return null;
  const pattern = compile(source);
  compiled.set(key, pattern);
  return pattern;
}

/** Every match of a cue, as [start, end] pairs. */
export function cueMatches(text: string, lang: Lang, cue: CueName | KindCue): [number, number][] {
  const source = cueAlternation(lang, cue);
  if (!source) return [];
  const global = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, 'giu');
  return [...text.matchAll(global)].map((m) => [m.index, m.index + m[0].length]);
}

export function hasCue(text: string, lang: Lang, cue: CueName | KindCue): boolean {
  return cuePattern(lang, cue)?.test(text) ?? false;
}

/** Whether the text opens with the cue ("Also, …", "Außerdem …"), after any punctuation. */
export function startsWithCue(text: string, lang: Lang, cue: CueName | KindCue): boolean {
  const source = cueAlternation(lang, cue);
  return source ? new RegExp(`^[^\\p{L}]*(?:${source})`, 'iu').test(text) : false;
}

/** Where the first match of a cue sits, or -1. */
export function cueIndex(text: string, lang: Lang, cue: CueName | KindCue): number {
  const match = cuePattern(lang, cue)?.exec(text);
  return match ? match.index : -1;
}

/** Every kind but the generic "ban", which is what remains when no narrower kind is named. */
export const KIND_CUES: readonly KindCue[] = RESTRICTION_KINDS.filter(
  (kind): kind is KindCue => kind !== 'ban',
);

/** Kinds a sentence names, in the order of KIND_CUES. */
export function kindsIn(text: string, lang: Lang): KindCue[] {
  return KIND_CUES.filter((kind) => hasCue(text, lang, kind));
}
