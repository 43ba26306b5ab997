// Raw database records in the shapes of storage/types.ts (StoredArticle, StoredEvent), written
// straight into the extension's IndexedDB from its service worker. Used for the popup speed
// test (thousands of events) and for deterministic screenshots.

const APPS = [
  'TikTok',
  'WeChat',
  'Telegram',
  'WhatsApp',
  'Twitter',
  'Instagram',
  'Facebook',
  'YouTube',
  'Signal',
  'Discord',
  'Snapchat',
  'ChatGPT',
  'DeepSeek',
  'Roblox',
  'PUBG Mobile',
  'Free Fire',
  'Wikipedia',
  'LinkedIn',
  'Threads',
  'Bluesky',
  'Zoom',
  'Skype',
  'Viber',
  'Line',
  'Kakao',
  'Likee',
  'Bigo Live',
  'Helo',
  'ShareIt',
  'UC Browser',
  'CamScanner',
  'Xiaohongshu',
  'Weibo',
  'Baidu',
  'Telegram X',
  'Reddit',
  'Twitch',
  'Kick',
  'Rumble',
  'Truth Social',
];
const PLACES = [
  'US',
  'IN',
  'NG',
  'IT',
  'TR',
  'RU',
  'BR',
  'CN',
  'IR',
  'PK',
  'VN',
  'NP',
  'UG',
  'EU',
  'US-MT',
  'CA',
  'AU',
  'FR',
  'DE',
  'KR',
];
const KINDS = [
  'ban',
  'store-removal',
  'updates',
  'payments',
  'infrastructure',
  'government-devices',
  'minors',
  'partial',
];
const STATUSES = ['proposed', 'announced', 'effective', 'deadline', 'delayed', 'blocked', 'lifted'];

/** @param {number} seed */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * @param {string} articleId
 * @param {{ app: string, jurisdiction: string, kind: string, status: string, date: string }} e
 */
export const eventId = (articleId, e) =>
  [articleId, e.app, e.jurisdiction, e.kind, e.status, e.date].join('|');

/**
 * Many synthetic articles with `eventsPerArticle` events each.
 * @param {{ articles: number, eventsPerArticle: number }} size
 */
export function syntheticData({ articles, eventsPerArticle }) {
  const rand = rng(42);
  const pick = (/** @type {string[]} */ list) => list[Math.floor(rand() * list.length)];
  /** @type {any[]} */
  const articleRecords = [];
  /** @type {any[]} */
  const eventRecords = [];
  for (let i = 0; i < articles; i++) {
    const year = 2015 + Math.floor(rand() * 13);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const published = `${Math.min(year, 2026)}-${month}-${day}`;
    const id = `https://news${i % 37}.example/world/article-${i}`;
    const app = pick(APPS);
    const place = pick(PLACES);
    articleRecords.push({
      id,
      url: id,
      title: `${app} restricted in ${place}: report number ${i}`,
      site: `News ${i % 37}`,
      lang: i % 3 ? 'en' : 'de',
      published,
      firstSeen: `${published}T10:00:00.000Z`,
      lastSeen: `${published}T10:00:00.000Z`,
      score: 0.9,
    });
    const seen = new Set();
    for (let k = 0; k < eventsPerArticle; k++) {
      const e = {
        app: k < 2 ? app : pick(APPS),
        jurisdiction: k < 3 ? place : pick(PLACES),
        kind: pick(KINDS),
        status: pick(STATUSES),
        date: `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      };
      const eid = eventId(id, e);
      if (seen.has(eid)) {
        k--;
        continue;
      }
      seen.add(eid);
      eventRecords.push({
        id: eid,
        articleId: id,
        ...e,
        evidence: `${e.app} faces a ${e.kind} restriction in ${e.jurisdiction} (${e.status}).`,
      });
    }
  }
  return { articles: articleRecords, events: eventRecords };
}

/** A small, fixed data set for screenshots: a past ban, a lifted one, one coming in 2027. */
export function screenshotData() {
  /** @param {string} id @param {string} title @param {string} site @param {string} lang @param {string} published */
  const article = (id, title, site, lang, published) => ({
    id,
    url: id,
    title,
    site,
    lang,
    published,
    firstSeen: `${published}T09:00:00.000Z`,
    lastSeen: `${published}T09:00:00.000Z`,
    score: 0.95,
  });
  const articles = [
    article(
      'https://www.tageblatt-beispiel.example/digital/tiktok-wechat-usa-verbieten-apps',
      'TikTok und WeChat: USA verbieten Apps',
      'Tageblatt Beispielstadt',
      'de',
      '2020-09-18',
    ),
    article(
      'https://tribune.example/tech/us-bars-tiktok-wechat-app-stores',
      'US to bar TikTok and WeChat from app stores starting Sunday',
      'Example Tribune',
      'en',
      '2020-09-18',
    ),
    article(
      'https://herald.example/africa/nigeria-lifts-twitter-suspension',
      'Nigeria lifts its suspension of Twitter',
      'Example Herald',
      'en',
      '2022-01-13',
    ),
    article(
      'https://courier.example/tech/country-plans-social-media-age-limit',
      'Social media age limit for under-16s to start next year',
      'Example Courier',
      'en',
      '2026-11-02',
    ),
  ];
  const [de, en, ng, au] = articles.map((a) => a.id);
  /** @type {[string, string, string, string, string, string, string][]} */
  const rows = [
    [
      de,
      'TikTok',
      'US',
      'updates',
      'effective',
      '2020-09-20',
      'Ab kommenden Sonntag dürfen keine Aktualisierungen mehr ausgeliefert werden.',
    ],
    [
      en,
      'TikTok',
      'US',
      'updates',
      'effective',
      '2020-09-20',
      'From September 20, Apple and Google may no longer distribute updates.',
    ],
    [
      de,
      'TikTok',
      'US',
      'infrastructure',
      'deadline',
      '2020-11-12',
      'Das Verbot von Hosting gilt für die Video-App erst ab dem 12. November.',
    ],
    [
      en,
      'TikTok',
      'US',
      'infrastructure',
      'deadline',
      '2020-11-12',
      'Hosting and peering services to TikTok are prohibited from November 12, 2020.',
    ],
    [
      de,
      'WeChat',
      'US',
      'payments',
      'effective',
      '2020-09-20',
      'Für WeChat sind ab Sonntag Zahlungen verboten.',
    ],
    [
      en,
      'WeChat',
      'US',
      'store-removal',
      'effective',
      '2020-09-20',
      'App stores may no longer offer WeChat from September 20.',
    ],
    [
      ng,
      'Twitter',
      'NG',
      'ban',
      'effective',
      '2021-06-05',
      'Operators began blocking access to Twitter on June 5, 2021.',
    ],
    [
      ng,
      'Twitter',
      'NG',
      'ban',
      'lifted',
      '2022-01-13',
      'Access to Twitter was restored on January 13, 2022.',
    ],
    [
      au,
      'Instagram',
      'AU',
      'minors',
      'announced',
      '2027-03-01',
      'Accounts of under-16s must be closed from March 1, 2027.',
    ],
    [
      au,
      'TikTok',
      'AU',
      'minors',
      'announced',
      '2027-03-01',
      'Accounts of under-16s must be closed from March 1, 2027.',
    ],
  ];
  const events = rows.map(([articleId, app, jurisdiction, kind, status, date, evidence]) => {
    const e = { app, jurisdiction, kind, status, date };
    return { id: eventId(articleId, e), articleId, ...e, evidence };
  });
  return { articles, events };
}

/**
 * Write records into the existing `ban-radar` database (opened at its current version, so the
 * extension's schema and indexes stay as they are). Fails when the database does not exist yet.
 * @param {import('playwright-core').Worker} worker
 * @param {{ articles: any[], events: any[] }} data
 */
export function seedDb(worker, data) {
  return worker.evaluate(async ({ articles, events }) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'ban-radar')) {
      throw new Error('database ban-radar does not exist (the extension never opened it)');
    }
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('ban-radar');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      for (const store of ['articles', 'events']) {
        if (!db.objectStoreNames.contains(store)) {
          throw new Error(`store ${store} missing (stores: ${[...db.objectStoreNames]})`);
        }
      }
      const tx = db.transaction(['articles', 'events'], 'readwrite');
      for (const a of articles) tx.objectStore('articles').put(a);
      for (const e of events) tx.objectStore('events').put(e);
      await new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
      });
      return { version: db.version, articles: articles.length, events: events.length };
    } finally {
      db.close();
    }
  }, data);
}
