/**
 * Jurisdiction tables, terse to keep the content script small. Country names in the seven
 * languages come from `Intl.DisplayNames` at run time (no bytes in the bundle); these tables add
 * what it lacks: short and news forms, adjectives and demonyms, capitals, subdivisions and
 * authorities.
 *
 * Format: entries separated by ";", each "CODE:form,form,…". A form may carry:
 *   "@de+nl" at the end: only in texts of those languages (or of unknown language);
 *   "*x" at the end (adjectives): a suffix set from SUFFIXES, e.g. "chinesisch*d";
 *   "~" in front: also a person's name ("Jordan", "Hollande"), so not next to another
 *       capitalised word ("Michael Jordan", "François Hollande");
 *   "?" in front (authorities): only when the same country is named elsewhere in the text
 *       ("Supreme Court", "Congress" exist in many countries).
 * Forms in capitals only ("US", "VS", "EUA") match in exactly that case; other names need a
 * capital first letter; adjectives match in any case.
 */

/** Sovereign states and the territories that news treats as places of their own. */
export const REGION_CODES =
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF ' +
  'CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD ' +
  'GE GH GL GM GN GQ GR GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM ' +
  'KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MR MT MU MV ' +
  'MW MX MY MZ NA NC NE NG NI NL NO NP NR NZ OM PA PE PF PG PH PK PL PR PS PT PW PY QA RO RS RU ' +
  'RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW ' +
  'TZ UA UG US UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW';

/** Suffix sets for adjectives: German, French, Spanish/Portuguese, Italian, and plurals. */
export const SUFFIXES: Record<string, readonly string[]> = {
  d: ['', 'e', 'en', 'er', 'es', 'em'],
  f: ['', 'e', 's', 'es'],
  n: ['', 'ne', 's', 'nes'],
  o: ['o', 'a', 'os', 'as'],
  i: ['o', 'a', 'i', 'e'],
  e: ['e', 'es', 'i'],
  p: ['ês', 'és', 'esa', 'eses', 'esas'],
  s: ['', 's'],
  l: ['', 'e'],
};

/** Names Intl.DisplayNames does not give (short, older or inflected forms). */
export const NAMES =
  'US:US,U.S.,USA,U.S.A.,United States of America,America@en+it,Amerika@de+nl,Amérique@fr,' +
  'Vereinigten Staaten,Etats-Unis,EE.UU.,EE. UU.,EEUU,EUA,VS@nl,V.S.@nl;' +
  'GB:UK,U.K.,Britain,Great Britain,Großbritannien,Grossbritannien,Grande-Bretagne,Gran Bretaña,' +
  'Gran Bretagna,Grã-Bretanha,Groot-Brittannië,Vereinigten Königreich;' +
  'EU:EU,UE@fr+es+it+pt,European Union,Europäische Union,Europäischen Union,Union européenne,' +
  'Unión Europea,Unione europea,União Europeia,Europese Unie;' +
  'CN:PRC,People’s Republic of China,Volksrepublik China,République populaire de Chine,' +
  'República Popular China,Repubblica Popolare Cinese,República Popular da China,' +
  'Volksrepubliek China,Mainland China;' +
  'TR:Turkey,Türkiye;RU:Russian Federation,Russischen Föderation,Russische Föderation;' +
  'KR:Korea@en+de,Republic of Korea;CZ:Czech Republic,Tschechische Republik,République tchèque,' +
  'República Checa,Repubblica Ceca,República Tcheca,Chéquia;' +
  'CD:Congo,Kongo,DR Congo,DRC,RDC,RD Congo,Democratic Republic of the Congo,' +
  'Demokratische Republik Kongo,République démocratique du Congo,' +
  'Repubblica Democratica del Congo,República Democrática do Congo,Democratische Republiek Congo;' +
  'CG:Republic of the Congo,Congo-Brazzaville,Kongo-Brazzaville;HK:Hong Kong,Hongkong;' +
  'MO:Macau,Macao;PS:Palestine,Palästina,Palestina,Gaza,Gazastreifen,Gaza Strip,Bande de Gaza,' +
  'Franja de Gaza,Striscia di Gaza,Faixa de Gaza,Gazastrook;' +
  'NL:Holland,Holanda,Olanda,~Hollande,Niederlanden;ME:~Montenegro;' +
  'AE:Vereinigten Arabischen Emiraten;MM:Burma,Birmanie,Birmania,Birmânia,Birma;' +
  'CI:Ivory Coast,Elfenbeinküste,Costa de Marfil,Côte d’Ivoire;MK:Macedonia,Mazedonien,Macédoine;' +
  'SZ:Swaziland;MU:~Mauricio;VA:Vatican,Vatikan,Vaticano;AE:UAE,U.A.E.,VAE,EAU;CV:Cape Verde;TL:East Timor;' +
  'BA:Bosnia,Bosnien;IR:Persia@en;JO:~Jordan;TD:~Chad;GE:~Georgia,Georgien,Géorgie';

/**
 * Countries whose nationality adjective is the name of their language in all seven languages
 * ("chinois", "cinese", "Chinees" for zh): `Intl.DisplayNames` gives the masculine singular and
 * inflect.ts the other forms, so ADJECTIVES lists only their irregular extras.
 */
export const LANGUAGE_OF =
  'CNzh RUru DEde FRfr ITit ESes PTpt NLnl JPja KRko TRtr PLpl UAuk GRel HUhu CZcs SKsk SIsl ' +
  'HRhr RSsr BGbg ROro DKda SEsv NOno FIfi ISis EEet LVlv LTlt ALsq MKmk AMhy GEka AZaz KZkk ' +
  'UZuz TMtk TJtg KGky MNmn VNvi THth NPne SOso BYbe MTmt IDid';

/** Adjectives and demonyms (en, de, fr, es, it, pt, nl) that LANGUAGE_OF does not give. */
export const ADJECTIVES =
  'US:American*s,US-American*s,US-amerikanisch*d,amerikanisch*d,Amerikaner*s,US-Amerikaner*s,' +
  'américain*f,états-unien*n,étatsunien*n,estadounidens*e,norteamerican*o,norte-american*o,' +
  'american*i,statunitens*e,estadunidens*e,Amerikaans,Amerikaanse;CN:Chinesen;IN:Indian*s,' +
  'indisch*d,Inder,indien*n,indi*o,indian*i,Indiër*s,Indiase,Indisch;RU:Russen;GB:British,' +
  'Briton*s,britisch*d,Briten,britannique*s,británic*o,britannic*i,britânic*o,Brits,Britse;' +
  'EU:European*s,europäisch*d,européen*n,europe*o,europe*i,europeu*s,europeia*s,Europees,' +
  'Europese;FR:Franzosen,~Frans;IT:Italiener*s;ES:Spaniard*s,Spanier;NL:Niederländer,holand*p,' +
  'neerlandes*e;BE:Belgian*s,belgisch*d,Belgier,belge*s,belga*s,belgi,Belgisch*l;BE-VLG:Flemish,' +
  'flämisch*d,flamand*f,flamenc*o,fiamming*i,fiamminghi,fiamminghe,flamengo,flamenga,Vlaams*l;' +
  'BE-WAL:Walloon*s,wallonisch*d,wallon*n,valón,valona,vallon*e,valão,valã,Waals*l;AT:Austrian*s,' +
  'österreichisch*d,Österreicher,autrichien*n,austriac*o,austriac*i,Oostenrijks*l;CH:Swiss,' +
  'schweizerisch*d,Schweizer,suisse*s,suiz*o,svizzer*i,suíç*o,Zwitsers*l;BY:Wit-Russisch*l;' +
  'TR:Turk*s,Türken,turque*s;IR:Iranian*s,iranisch*d,iranien*n,iraní*s,iranian*o,iranian*i,' +
  'Iraans*l;PK:Pakistani*s,pakistanisch*d,pakistanais*f,paquistaní*s,pakistan*i,paquistan*p,' +
  'Pakistaans*l;BD:Bangladeshi*s,bangladeschisch*d,bangladais*f,bangladesí*s,bengales*e,bengal*p,' +
  'Bengalees,Bengalese;AF:Afghan*s,afghanisch*d,afghan*f,afgan*o,afghan*i,afegã*o,Afghaans*l;' +
  'NG:Nigerian*s,nigerianisch*d,nigérian*f,nigerian*o,nigerian*i,Nigeriaans*l;NE:Nigerien*s,' +
  'nigrisch*d,nigérien*n,nigerin*o,nigerin*i,Nigerees,Nigerese;UG:Ugandan*s,ugandisch*d,' +
  'ougandais*f,ugandés,ugandes*e,ugandesa*s,Oegandees,Oegandese;KE:Kenyan*s,kenianisch*d,' +
  'kényan*f,kenian*o,kenian*i,keniota*s,queniano*s,queniana*s,Keniaans*l;ET:Ethiopian*s,' +
  'äthiopisch*d,éthiopien*n,etíope*s,etiop*e,Ethiopisch*l;TZ:Tanzanian*s,tansanisch*d,' +
  'tanzanien*n,tanzan*o,tanzanian*i,Tanzaniaans*l;SO:Somalian*s,somalisch*d,somalien*n;' +
  'SN:Senegalese,senegalesisch*d,sénégalais*f,senegal*p,senegales*e,Senegalees,Senegalese;' +
  'GH:Ghanaian*s,ghanaisch*d,ghanéen*n,ganés,ganesa*s,ghanes*e,ganense*s,Ghanees,Ghanese;' +
  'EG:Egyptian*s,ägyptisch*d,égyptien*n,egipci*o,egizian*i,egípci*o,Egyptisch*l;CM:Cameroonian*s,' +
  'kamerunisch*d,camerounais*f,camerun*p,camerunens*e,Kameroens*l;CD:Congolese,kongolesisch*d,' +
  'congolais*f,congoleñ*o,congoles*e,congol*p,Congolees,Congolese;ZA:South African*s,' +
  'südafrikanisch*d,sud-africain*f,sudafrican*o,sudafrican*i,sul-african*o,Zuid-Afrikaans*l;' +
  'ZW:Zimbabwean*s,simbabwisch*d,zimbabwéen*n,zimbabuense*s,zimbabwian*i,Zimbabwaans*l;' +
  'SD:Sudanese,sudanesisch*d,soudanais*f,sudan*p,sudanes*e,Soedanees,Soedanese;DZ:Algerian*s,' +
  'algerisch*d,algérien*n,argelin*o,algerin*i,Algerijns*l;MA:Moroccan*s,marokkanisch*d,' +
  'marocain*f,marroquí*s,marocchin*i,marroquin*o,Marokkaans*l;TN:Tunisian*s,tunesisch*d,' +
  'tunisien*n,tunecin*o,tunisin*i,tunisian*o,Tunesisch*l;LY:Libyan*s,libysch*d,libyen*n,libi*o,' +
  'libic*i,líbi*o,Libisch*l;SA:Saudi*s,saudisch*d,saoudien*n,saudí*s,saudit*i,saudita*s,' +
  'Saoedisch*l,Saudi-Arabisch*l;AE:Emirati*s,emiratisch*d,émirien*n,emiratí*s,emiratin*i,' +
  'emiradense*s,Emiraats*l;QA:Qatari*s,katarisch*d,qatarien*n,catarí*s,qatariot*i,catarian*o,' +
  'Qatarees,Qatarese;IQ:Iraqi*s,irakisch*d,irakien*n,iraquí*s,irachen*i,iraquian*o,Iraaks*l;' +
  'SY:Syrian*s,syrisch*d,syrien*n,siri*o,sirian*i,síri*o,Syrisch*l;IL:Israeli*s,israelisch*d,' +
  'israélien*n,israelí*s,israelian*i,israelense*s,Israëlisch*l;JO:Jordanian*s,jordanisch*d,' +
  'jordanien*n,jordan*o,giordan*i,Jordaans*l;LB:Lebanese,libanesisch*d,libanais*f,liban*p,' +
  'libanes*e,Libanees,Libanese;YE:Yemeni*s,jemenitisch*d,yéménite*s,yemení*s,yemenit*i,' +
  'iemenita*s,Jemenitisch*l;KP:North Korean*s,nordkoreanisch*d,nord-coréen*n,norcorean*o,' +
  'nordcorean*i,norte-corean*o,Noord-Koreaans*l;KR:South Korean*s,südkoreanisch*d,sud-coréen*n,' +
  'surcorean*o,sudcorean*i,sul-corean*o,Zuid-Koreaans*l;JP:Japaner;TW:Taiwanese,taiwanisch*d,' +
  'taïwanais*f,taiwan*p,taiwanes*e,Taiwanees,Taiwanese;HK:Hongkonger*s,hongkongais*f,hongkonés,' +
  'honkonés,hongkonghes*e,honconguense*s,Hongkongs*l;MY:Malaysian*s,malaysisch*d,malaisien*n,' +
  'malasi*o,malaysian*i,malaio*s,Maleisisch*l;PH:Filipino*s,philippinisch*d,philippin*f,' +
  'filipin*o,filippin*i,Filipijns*l;TH:thaïlandais*f,tailandes*e;MM:Burmese,myanmarisch*d,' +
  'birman*f,birman*o,birman*i,Birmees,Birmese;LK:Sri Lankan*s,sri-lankisch*d,srilankais*f,' +
  'srilankais*f,cingales*e,Sri Lankaans*l;AZ:azer*o,azer*i;MD:Moldovan*s,moldauisch*d,moldave*s,' +
  'moldav*o,moldav*i,Moldavisch*l;BA:Bosnian*s,bosnisch*d,bosnien*n,bosni*o,bosniac*i,bósni*o,' +
  'Bosnisch*l;AL:~Albanese;XK:Kosovar*s,kosovarisch*d,kosovar*f,kosovar*o,kosovar*i,Kosovaars*l;' +
  'GR:Griechen,grecque*s;CY:Cypriot*s,zypriotisch*d,chypriote*s,chipriota*s,ciprioti,ciprot*i,' +
  'cipriota*s,Cypriotisch*l;IE:Irish,irisch*d,irlandais*f,irland*p,irlandes*e,Iers*l@nl;' +
  'DK:Dane*s;SE:Swede*s;FI:Finn*s,finlandais*f,finland*p;LU:Luxembourgish,luxemburgisch*d,' +
  'luxembourgeois*f,luxemburgu*p,lussemburghes*e,Luxemburgs*l;CA:Canadian*s,kanadisch*d,' +
  'canadien*n,canadiens*e,canadens*e,Canadees,Canadese;MX:Mexican*s,mexikanisch*d,mexicain*f,' +
  'mexican*o,messican*i,Mexicaans*l;BR:Brazilian*s,brasilianisch*d,brésilien*n,brasileñ*o,' +
  'brasilian*i,brasileir*o,Braziliaans*l;AR:Argentine*s,Argentinian*s,argentinisch*d,argentin*f,' +
  'argentin*o,argentin*i,Argentijns*l;CL:Chilean*s,chilenisch*d,chilien*n,chilen*o,cilen*i,' +
  'Chileens*l;CO:Colombian*s,kolumbianisch*d,colombien*n,colombian*o,colombian*i,Colombiaans*l;' +
  'PE:Peruvian*s,peruanisch*d,péruvien*n,peruan*o,peruvian*i,Peruaans*l;VE:Venezuelan*s,' +
  'venezolanisch*d,vénézuélien*n,venezolan*o,venezuelan*i,venezuelan*o,Venezolaans*l;CU:Cuban*s,' +
  'kubanisch*d,cubain*f,cuban*o,cuban*i,Cubaans*l;NI:Nicaraguan*s,nicaraguanisch*d,' +
  'nicaraguayen*n,nicaragüens*e,nicaraguens*e,Nicaraguaans*l;EC:Ecuadorian*s,ecuadorianisch*d,' +
  'équatorien*n,ecuatorian*o,ecuadorian*i,equatorian*o,Ecuadoraans*l;BO:Bolivian*s,' +
  'bolivianisch*d,bolivien*n,bolivian*o,bolivian*i,Boliviaans*l;AU:Australian*s,australisch*d,' +
  'Australier,australien*n,australian*o,australian*i,Australisch*l;NZ:New Zealander*s,' +
  'neuseeländisch*d,néo-zélandais*f,neozeland*p,neozelandes*e,Nieuw-Zeelands*l;SG:Singaporean*s,' +
  'singapurisch*d,singapourien*n,singapurens*e,singaporian*i,Singaporees,Singaporese;' +
  'KH:Cambodian*s,kambodschanisch*d,cambodgien*n,camboyan*o,cambogian*i,cambojan*o,Cambodjaans*l;' +
  'LA:Laotian*s,laotisch*d,laotien*n,laosian*o,laotian*i,Laotiaans*l;RW:Rwandan*s,ruandisch*d,' +
  'rwandais*f,ruandés,ruandes*a,ruandes*e,Rwandees,Rwandese;ER:Eritrean*s,eritreisch*d,' +
  'érythréen*n,eritre*o,eritre*i,Eritrees,Eritrese;ML:Malian*s,malisch*d,malien*n,malí*s,' +
  'malian*o,malian*i,Malinees,Malinese;BF:Burkinabe,burkinisch*d,burkinabè*s,burkinés,' +
  'burkinabé*s,Burkinees,Burkinese;TD:Chadian*s,tschadisch*d,tchadien*n,chadian*o,ciadian*i,' +
  'Tsjadisch*l;ZM:Zambian*s,sambisch*d,zambien*n,zambian*o,zambian*i,Zambiaans*l;MZ:Mozambican*s,' +
  'mosambikanisch*d,mozambicain*f,mozambiqueñ*o,mozambican*i,moçambican*o,Mozambikaans*l;' +
  'KW:Kuwaiti*s,kuwaitisch*d,koweïtien*n,kuwaití*s,kuwaitian*i,kuwaitian*o,Koeweits*l;OM:Omani*s,' +
  'omanisch*d,omanais*f,omaní*s,oman*i,Omaans*l;BH:Bahraini*s,bahrainisch*d,bahreïnien*n,' +
  'bareiní*s,bahrein*i,bareinit*a,Bahreins*l;JM:Jamaican*s,jamaikanisch*d,jamaïcain*f,jamaican*o,' +
  'giamaican*i,Jamaicaans*l;PR:Puerto Rican*s,puerto-ricanisch*d,portoricain*f,puertorriqueñ*o,' +
  'portorican*i,porto-riquenh*o,Puerto Ricaans*l;NC:New Caledonian*s,neukaledonisch*d,' +
  'néo-calédonien*n,neocaledoni*o,neocaledon*i,Nieuw-Caledonisch*l;PS:Palestinian*s,' +
  'palästinensisch*d,palestinien*n,palestin*o,palestines*e,palestinian*o,Palestijns*l';

/** Capitals and seats of government used for their country ("Moscow says…"), with exonyms. */
export const CAPITALS =
  'US:Washington;RU:Moscow,Moskau,Moscou,Moscú,Mosca,Moskou,Kremlin,Kreml,Cremlino;' +
  'CN:Beijing,Peking,Pékin,Pekín,Pechino,Pequim;EU:Brussels,Brüssel,Bruxelles,Bruselas,Bruxelas,' +
  'Brussel;IN:New Delhi,Neu-Delhi,Nueva Delhi,Nuova Delhi,Nova Deli,Nova Délhi;' +
  'UA:Kyiv,Kiev,Kiew,Kyjiw;TR:Ankara;IR:Tehran,Teheran,Téhéran,Teherán,Teerã;' +
  'PK:Islamabad;NG:Abuja;BR:Brasília,Brasilia;CA:Ottawa;GB:London,Londres,Londra,Londen,' +
  'Downing Street;FR:Paris,Parigi,Parijs,Élysée,Elysée;DE:Berlin,Berlino,Berlim;IT:Rome,Rom,' +
  'Roma;ES:Madrid;PT:Lisbon,Lissabon,Lisbonne,Lisboa,Lisbona;NL:Amsterdam,Den Haag,The Hague,' +
  'La Haye,La Haya,L’Aia,Haia;JP:Tokyo,Tokio,Tóquio;KR:Seoul,Séoul,Seúl,Seul;' +
  'KP:Pyongyang,Pjöngjang;TW:Taipei,Taipeh,Taipé;AU:Canberra;NZ:Wellington;BD:Dhaka,Dacca;' +
  'NP:Kathmandu,Katmandu,Katmandou;VN:Hanoi,Hanói;ID:Jakarta,Djakarta,Yakarta,Giacarta,Jacarta;' +
  'UG:Kampala;KE:Nairobi;ET:Addis Ababa,Addis Abeba;SO:Mogadishu,Mogadischu,Mogadiscio,' +
  'Mogadíscio;SN:Dakar;EG:Cairo,Kairo,Le Caire,El Cairo;VE:Caracas;CU:Havana,Havanna,' +
  'La Havane,La Habana,L’Avana;BY:Minsk;KZ:Astana;UZ:Tashkent,Taschkent,Tachkent;' +
  'TM:Ashgabat;AF:Kabul,Kaboul;IQ:Baghdad,Bagdad;SY:Damascus,Damaskus,Damas,Damasco;' +
  'SA:Riyadh,Riad,Riyad;AE:Abu Dhabi;QA:Doha;IL:Jerusalem,Jérusalem,Jerusalén,Gerusalemme,' +
  'Jerusalém;MM:Naypyidaw;TH:Bangkok;MY:Kuala Lumpur;PH:Manila,Manille;SG:Singapore;' +
  'LK:Colombo;AL:Tirana;AZ:Baku,Bakou;AM:Yerevan,Eriwan,Erevan,Ereván;GE:Tbilisi,Tiflis;' +
  'HU:Budapest;PL:Warsaw,Warschau,Varsovie,Varsovia,Varsavia,Varsóvia;' +
  'TZ:Dodoma,Dar es Salaam;ZW:Harare;CM:Yaoundé;DZ:Algiers,Algier,Alger,Argel;' +
  'MA:Rabat;TN:Tunis,Túnez;MX:Mexico City,Mexiko-Stadt;AR:Buenos Aires;NI:Managua';

/** Subdivisions in ISO 3166-2: US states, Canadian provinces, Indian and Australian states. */
export const SUBDIVISIONS =
  'US-AL:Alabama;US-AK:Alaska;US-AZ:Arizona;US-AR:Arkansas;US-CA:California,Kalifornien,' +
  'Californie,Californië;US-CO:Colorado;US-CT:Connecticut;US-DE:Delaware;US-FL:Florida,Floride;' +
  'US-GA:~Georgia;US-HI:Hawaii,Hawaï,Hawái,Havaí;US-ID:Idaho;US-IL:Illinois;US-IN:Indiana;' +
  'US-IA:Iowa;US-KS:Kansas;US-KY:Kentucky;US-LA:Louisiana,Louisiane,Luisiana;US-ME:Maine;' +
  'US-MD:Maryland;US-MA:Massachusetts;US-MI:Michigan;US-MN:Minnesota;US-MS:Mississippi;' +
  'US-MO:Missouri;US-MT:Montana;US-NE:Nebraska;US-NV:Nevada;US-NH:New Hampshire;' +
  'US-NJ:New Jersey;US-NM:New Mexico,Neumexiko,Nouveau-Mexique,Nuevo México,Nuovo Messico,' +
  'Novo México;US-NY:New York,Nueva York,Nova Iorque,New York State;US-NC:North Carolina,' +
  'Nord-Carolina,Nordkarolina,Caroline du Nord,Carolina del Norte,Carolina del Nord,' +
  'Carolina do Norte,Noord-Carolina;US-ND:North Dakota,Norddakota,Nord-Dakota,Dakota du Nord,' +
  'Dakota del Norte,Dakota del Nord,Dakota do Norte,Noord-Dakota;US-OH:Ohio;US-OK:Oklahoma;' +
  'US-OR:Oregon;US-PA:Pennsylvania,Pennsylvanien,Pennsylvanie,Pensilvania,Pensilvânia;' +
  'US-RI:Rhode Island;US-SC:South Carolina,Süd-Carolina,Südkarolina,Caroline du Sud,' +
  'Carolina del Sur,Carolina del Sud,Carolina do Sul,Zuid-Carolina;US-SD:South Dakota,' +
  'Süddakota,Süd-Dakota,Dakota du Sud,Dakota del Sur,Dakota del Sud,Dakota do Sul,Zuid-Dakota;' +
  'US-TN:Tennessee;US-TX:Texas;US-UT:Utah;US-VT:Vermont;US-VA:Virginia,Virginie,Virgínia;' +
  'US-WA:Washington State,State of Washington,Bundesstaat Washington,État de Washington,' +
  'estado de Washington,stato di Washington,staat Washington;US-WV:West Virginia,' +
  'Virginie-Occidentale,Virginia Occidental,Virginia Occidentale,Virgínia Ocidental;' +
  'US-WI:Wisconsin;US-WY:Wyoming;US-DC:District of Columbia;' +
  'CA-ON:Ontario;CA-QC:Quebec,Québec;CA-BC:British Columbia,Britisch-Kolumbien,' +
  'Colombie-Britannique,Columbia Británica,Columbia Britannica,Colúmbia Britânica,' +
  'Brits-Columbia;CA-AB:Alberta;CA-MB:Manitoba;CA-SK:Saskatchewan;CA-NS:Nova Scotia,' +
  'Neuschottland,Nouvelle-Écosse,Nueva Escocia,Nuova Scozia,Nova Escócia,Nieuw-Schotland;' +
  'CA-NB:New Brunswick,Nouveau-Brunswick,Nuevo Brunswick;CA-NL:Newfoundland,Neufundland,' +
  'Terre-Neuve,Terranova,Terra Nova,Newfoundland and Labrador,Terre-Neuve-et-Labrador;' +
  'CA-PE:Prince Edward Island,Île-du-Prince-Édouard;CA-YT:Yukon;CA-NT:Northwest Territories;' +
  'CA-NU:Nunavut;' +
  'IN-AP:Andhra Pradesh;IN-AR:Arunachal Pradesh;IN-AS:Assam;IN-BR:Bihar;IN-CG:Chhattisgarh;' +
  'IN-GA:Goa;IN-GJ:Gujarat;IN-HR:Haryana;IN-HP:Himachal Pradesh;IN-JH:Jharkhand;' +
  'IN-KA:Karnataka;IN-KL:Kerala;IN-MP:Madhya Pradesh;IN-MH:Maharashtra;IN-MN:Manipur;' +
  'IN-ML:Meghalaya;IN-MZ:Mizoram;IN-NL:Nagaland;IN-OD:Odisha,Orissa;IN-PB:Punjab;' +
  'IN-RJ:Rajasthan;IN-SK:Sikkim;IN-TN:Tamil Nadu;IN-TG:Telangana;IN-TR:Tripura;' +
  'IN-UP:Uttar Pradesh;IN-UK:Uttarakhand;IN-WB:West Bengal,Westbengalen,Bengale-Occidental;' +
  'IN-JK:Jammu and Kashmir,Jammu und Kaschmir,Jammu-et-Cachemire,Kashmir,Kaschmir,Cachemire,' +
  'Cachemira;IN-DL:Delhi;IN-LA:Ladakh;' +
  'AU-NSW:New South Wales;AU-VIC:~Victoria@en;AU-QLD:Queensland;AU-WA:Western Australia;' +
  'AU-SA:South Australia;AU-TAS:Tasmania,Tasmanien,Tasmanie;AU-NT:Northern Territory;' +
  'GB-ENG:England,Angleterre,Inglaterra,Inghilterra,Engeland;GB-SCT:Scotland,Schottland,' +
  'Écosse,Escocia,Scozia,Escócia,Schotland;GB-WLS:Wales,Pays de Galles,Gales,Galles,País de Gales;' +
  'GB-NIR:Northern Ireland,Nordirland,Irlande du Nord,Irlanda del Norte,Irlanda del Nord,' +
  'Irlanda do Norte,Noord-Ierland;BE-VLG:Flanders,Flandre,Flandes,Fiandre,Flandres,Vlaanderen;' +
  'BE-VLG:Flandern;BE-WAL:Wallonia,Wallonien,Wallonie,Valonia,Vallonia,Valônia,Wallonië';

/** Authorities that imply a country; "?" marks those that need the country named elsewhere. */
export const AUTHORITIES =
  'US:FCC,FTC,CFIUS,Federal Communications Commission,Federal Trade Commission,White House,' +
  'Weißes Haus,Weißen Haus,Weiße Haus,Maison Blanche,Maison-Blanche,Casa Blanca,Casa Bianca,' +
  'Casa Branca,Witte Huis,Pentagon,US-Handelsministerium,Repräsentantenhaus,' +
  'House of Representatives,?Congress,?Kongress,?Congrès,?Congreso,?Congresso,' +
  '?Congres,?Senate,?Supreme Court,?Oberster Gerichtshof,?Obersten Gerichtshof,?Cour suprême,' +
  '?Corte Suprema,?Suprema Corte,?Hooggerechtshof,?Commerce Department,?Department of Commerce,' +
  '?Handelsministerium,?Département du Commerce,?Departamento de Comercio,' +
  '?Dipartimento del Commercio,?Departamento de Comércio,?ministerie van Handel,' +
  '?Justice Department,?Department of Justice,?Justizministerium;' +
  'EU:European Commission,EU Commission,EU-Kommission,Europäische Kommission,' +
  'Europäischen Kommission,Commission européenne,Comisión Europea,Commissione europea,' +
  'Commissione Ue,Comissão Europeia,Europese Commissie,European Parliament,Europaparlament,' +
  'EU-Parlament,Europäisches Parlament,Europäischen Parlament,Parlement européen,' +
  'Parlamento Europeo,Parlamento Europeu,Europees Parlement,Council of the EU,' +
  'Council of the European Union,Digital Services Act,DSA,EDPB,European Data Protection Board,' +
  'Europäischer Datenschutzausschuss,CJEU,EuGH,European Court of Justice,Europäischer Gerichtshof,' +
  'Europäischen Gerichtshof;' +
  'IT:Garante,Garante della privacy,Garante per la protezione dei dati personali,AGCOM,Agcom,' +
  'Palazzo Chigi;RU:Roskomnadzor,Roskomnadsor,Duma,Staatsduma,Douma;' +
  'IN:?Supreme Court,?High Court,MeitY,Ministry of Electronics and Information Technology,TRAI,Lok Sabha,Rajya Sabha;' +
  'NG:?Supreme Court,NCC,Nigerian Communications Commission,?Ministry of Information,NITDA;' +
  'TR:BTK,RTÜK,Information and Communication Technologies Authority;' +
  'PK:?Supreme Court,?High Court,PTA,Pakistan Telecommunication Authority;BR:ANATEL,Anatel,STF,TSE,' +
  'Supremo Tribunal Federal,Tribunal Superior Eleitoral,Planalto,?Congresso@pt;' +
  'KR:KCC,PIPC,Korea Communications Commission,Personal Information Protection Commission;' +
  'FR:CNIL,Arcom,ARCEP,Arcep,Assemblée nationale,Matignon,Conseil d’État;GB:Ofcom,?High Court,' +
  'Information Commissioner’s Office,Westminster,House of Commons,House of Lords;' +
  'AU:eSafety Commissioner,eSafety,ACMA,Australian Communications and Media Authority;' +
  'CA:CRTC,?Supreme Court,?Cour suprême;DE:Bundesregierung,Bundestag,Bundesrat,Bundesnetzagentur,BNetzA,' +
  'Bundesverfassungsgericht,Bundesinnenministerium,BSI;ES:AEPD,CNMC,Moncloa;' +
  'NL:Autoriteit Persoonsgegevens,Tweede Kamer;CN:Cyberspace Administration of China,CAC,MIIT,' +
  'Great Firewall,Große Firewall,Grande Muraille numérique;IR:Supreme Council of Cyberspace,' +
  'Oberster Rat für den Cyberraum,Consiglio supremo del cyberspazio;' +
  'NP:Nepal Telecommunications Authority;UG:Uganda Communications Commission,UCC;' +
  'BD:BTRC;ID:Kominfo,Komdigi;MY:MCMC;VN:Ministry of Information and Communications;' +
  'KE:Communications Authority of Kenya,?High Court';

/** Names that contain a place name but do not mean the place: newspapers, firms, regions. */
export const NOT_PLACES =
  'Washington Post,Washington Times,New York Times,New York Post,Moscow Times,Kyiv Independent,' +
  'Times of India,Indian Express,Hindustan Times,South China Morning Post,China Daily,' +
  'Japan Times,Korea Herald,Jerusalem Post,Voice of America,Radio Free Europe,Radio Free Asia,' +
  'Russia Today,Deutsche Welle,Deutsche Presse-Agentur,France-Presse,France 24,France Info,' +
  'Radio France,France Télévisions,American Airlines,American Express,Bank of America,' +
  'Indian Ocean,Latin America,South America,North America,Latin American,South American,' +
  'North American,Lateinamerika,Südamerika,Nordamerika,Amérique latine,Amérique du Sud,' +
  'Amérique du Nord,América Latina,America Latina,América do Sul,América del Sur,' +
  'Latijns-Amerika,Zuid-Amerika,Noord-Amerika,China Mobile,China Telecom,New England,' +
  'Deutsche Bank,Deutsche Telekom,Deutsche Bahn,Granada,Georgia Tech';
