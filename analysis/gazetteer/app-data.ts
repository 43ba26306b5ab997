/**
 * The app and service gazetteer as terse tables, one string per category so the content-script
 * bundle stays small. Entries are separated by ";", the canonical name comes first, aliases follow
 * after "|". Names follow common English spelling and the corpus gold ("ShareIt", "1XBet").
 *
 * An alias without a marker matches in any case (the name is distinctive). Markers:
 *   "=" exact case only (QQ, VK, Grok);
 *   "~" exact case, and at the start of a sentence only with an app cue nearby, because the
 *       name is also an ordinary word that capitalisation by position would turn into a match
 *       ("Zoom in on…", "Discord grew…");
 *   "?" exact case, and always needs confirmation (an app cue nearby, a list of other apps, or
 *       another confirmed mention of the same alias in the text): "Signal", "Threads", "Tor" (the
 *       German for goal), "Claude", "Gemini", "X" (which has its own stricter cues).
 * "TikTok Shop" is an alias of "TikTok": a restriction on the shop inside the app restricts part of
 * TikTok (its kind says which part), as the corpus gold has it.
 * "Twitter" is an alias of "X": the corpus gold names the service "X" for events before and after
 * the 2023 rename; the mention's `text` still says "Twitter".
 */
export const APP_TABLE = {
  social:
    'TikTok|Tik Tok|Tik-Tok|Douyin|TikTok Shop;TikTok Lite;Facebook;Instagram;?X|Twitter|=X Corp;?Threads|Threads app;' +
    'Snapchat|?Snap|=Snap Inc;Pinterest;LinkedIn;Reddit;~Bluesky|Bluesky Social;Mastodon;Truth Social;' +
    'Xiaohongshu|RedNote|Red Note|Little Red Book|小红书;=VK|VKontakte|ВКонтакте;Odnoklassniki|OK.ru;' +
    'Likee;~Helo;ShareChat;?Koo;~Parler;?Gab;Kwai;=Moj;Chingari;Roposo;Triller;BeReal;Tumblr;' +
    'Quora;~Clubhouse;Weibo|Sina Weibo|微博;Douban;Zhihu;Kuaishou;Lemon8;Yubo;Gettr;MeWe;' +
    '=Tinder;Grindr;=Bumble;Badoo;OnlyFans;Tantan;?Momo;Bigo Live|?Bigo;Hago;' +
    'LiveMe;Ask.fm;=Periscope;Tellonym;YouCam Makeup;BeautyPlus;Meitu;SelfieCity;=Sweet Selfie;' +
    '=Wonder Camera;Mi Community;Wattpad;Yik Yak;=Azar;Hike Messenger',
  messaging:
    'WhatsApp|Whats App|WhatsApp Business|WhatsApp Web;=Telegram|Telegram Messenger;?Signal|Signal Messenger;' +
    'WeChat|We Chat|Weixin|微信;Viber;=LINE|?Line;KakaoTalk|Kakao Talk;=Discord;Skype;~Zoom|Zoom Meetings;' +
    '?Imo|imo.im;=QQ;?Messenger|Facebook Messenger;Threema;?Session;=Botim;?Element;?Wire;?Briar;' +
    'Zello;ToTok;?Teams|Microsoft Teams;Google Meet;FaceTime;iMessage;DingTalk;Zangi;Olvid;Tchap;' +
    'Rubika;Eitaa;?Soroush;?Bale;?Max|Max messenger;=ICQ;TamTam;Wickr;Bridgefy;FireChat;=Kik;' +
    'Proton Mail|ProtonMail;Mi Video Call;QQ Mail;WeSync',
  video:
    'YouTube|YouTube Shorts;Netflix;=Twitch;~Rumble;Bilibili;Vimeo;Dailymotion;Spotify;?Kick;' +
    'Vigo Video;CapCut;Youku;iQIYI;Tencent Video|WeTV;Mango TV;Disney+|Disney Plus;' +
    'Prime Video|Amazon Prime Video;Hulu;SoundCloud;Deezer;=Snack Video;Odysee;Pornhub;' +
    'QQ Music;Joox;Resso;VMate;DU Recorder;Trell',
  games:
    "PUBG Mobile|PUBG|PlayerUnknown’s Battlegrounds|PlayerUnknown's Battlegrounds;" +
    'PUBG Mobile Lite;Battlegrounds Mobile India|=BGMI;Free Fire|Garena Free Fire|Free Fire Max;' +
    'Fortnite;Roblox;Minecraft;Clash of Clans;Clash Royale;Brawl Stars;Genshin Impact;' +
    'Call of Duty Mobile|Call of Duty: Mobile|COD Mobile;Mobile Legends|Mobile Legends: Bang Bang|' +
    '=MLBB;Candy Crush|Candy Crush Saga;Honor of Kings;Arena of Valor;Pokémon Go|Pokemon Go;' +
    '=Among Us;?Steam;Epic Games Store;League of Legends;Valorant;Ludo King;Rise of Kingdoms;' +
    'Lords Mobile;Dream11;Subway Surfers',
  ai:
    'ChatGPT|Chat GPT;OpenAI;DeepSeek;?Gemini|Google Gemini|Google Bard|?Bard;' +
    '?Claude|Claude AI;?Copilot|Microsoft Copilot|GitHub Copilot|Bing Chat;Replika;' +
    'Character.AI|Character AI;=Grok;?Perplexity|Perplexity AI;Midjourney;' +
    'Stable Diffusion;DALL-E|DALL·E|Dall-E;?Mistral|?Le Chat;Qwen;?Kimi;Ernie Bot|文心一言;Doubao;' +
    'Meta AI;?Sora;?Manus;FaceApp;Clearview AI|=Clearview;Lensa;Worldcoin|World App',
  vpn:
    'NordVPN;ExpressVPN;Proton VPN|ProtonVPN;Psiphon;?Tor|Tor Browser|Tor Project|Tor-Browser;' +
    'Surfshark;?Lantern;Ultrasurf;TunnelBear;Windscribe;Hotspot Shield;CyberGhost;' +
    'Private Internet Access;Turbo VPN;VPN Proxy Master;Mullvad;Hola VPN;Opera VPN',
  payments:
    'Alipay;WeChat Pay;PayPal;Paytm;PhonePe;Google Pay|=GPay;Apple Pay;=Cash App;=Venmo;Binance;' +
    'Coinbase;1XBet;M-Pesa|MPesa;?Zelle;=OKX;Bybit;KuCoin;Huobi|=HTX;Bet365;Betway;SportyBet;' +
    'Parimatch;Polymarket;Kalshi;Robinhood;eToro;Skrill;Payoneer;Samsung Pay;Mercado Pago',
  security:
    'Kaspersky|Kaspersky Lab|Kaspersky Anti-Virus;=Avast;=AVG;360 Security|360 Total Security|' +
    'Qihoo 360;CamScanner|Cam Scanner;=Clean Master;Dr.Web|Dr. Web;=ESET;McAfee;?Norton;Avira;' +
    'Truecaller;Parallel Space;Vault-Hide;=Virus Cleaner;DU Battery Saver;ES File Explorer',
  'app-store':
    'Google Play|Google Play Store|Play Store|Google Play-Store|Play-Store|Google-Play-Store;' +
    'App Store|Apple App Store|App-Store|Apple-App-Store|AppStore;Huawei AppGallery|AppGallery;' +
    'Amazon Appstore;Galaxy Store|Samsung Galaxy Store;RuStore;F-Droid;Aptoide;APKPure;GetApps',
  shopping:
    'Temu;Shein;AliExpress;Shopee;Club Factory;Lazada;Taobao;Pinduoduo;' +
    'Tokopedia;Joom;Romwe;Zaful;Meesho;Flipkart;=JD.com',
  other:
    'Wikipedia;UC Browser|UCBrowser;UC News;ShareIt;Xender;' +
    'Baidu Map|Baidu Maps;Baidu Translate;APUS Browser;DU Browser;U-Dictionary;Yandex;' +
    'Yandex Browser;=Uber;Starlink',
} as const;
