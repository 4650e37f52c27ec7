import type { AuthorInput, CategoryInput, PhotoCreditInput, Role } from '../../src/schemas';

/** The site's sections (ids follow this order; children follow their parent). */
export const categorySeed: (CategoryInput & { id: number })[] = [
  { id: 1, name: { en: 'News', ar: 'أخبار' }, slug: 'news', parentId: null, position: 0 },
  { id: 2, name: { en: 'Breaking News', ar: 'أخبار عاجلة' }, slug: 'breaking-news', parentId: 1, position: 0 },
  { id: 3, name: { en: 'Local', ar: 'محلي' }, slug: 'local', parentId: 1, position: 1 },
  { id: 4, name: { en: 'Regional', ar: 'إقليمي' }, slug: 'regional', parentId: 1, position: 2 },
  { id: 5, name: { en: 'International', ar: 'دولي' }, slug: 'international', parentId: 1, position: 3 },
  { id: 6, name: { en: 'Sports', ar: 'رياضة' }, slug: 'sports', parentId: null, position: 1 },
  { id: 7, name: { en: 'Arts & Entertainment', ar: 'فنون وترفيه' }, slug: 'arts-entertainment', parentId: null, position: 2 },
  { id: 8, name: { en: 'Technology', ar: 'تكنولوجيا' }, slug: 'technology', parentId: null, position: 3 },
  { id: 9, name: { en: 'Business & Economy', ar: 'أعمال واقتصاد' }, slug: 'business-economy', parentId: null, position: 4 },
  { id: 10, name: { en: 'Health', ar: 'صحة' }, slug: 'health', parentId: null, position: 5 },
  { id: 11, name: { en: 'Miscellaneous', ar: 'منوعات' }, slug: 'miscellaneous', parentId: null, position: 6 },
];

/** The site's tag cloud (AFP keywords), plus `japan` for the rare-earths story. */
export const tagSlugs = [
  'afghanistan', 'ai', 'aid', 'army', 'britain', 'china', 'climate', 'conflict', 'diplomacy',
  'economy', 'entertainment', 'environment', 'eu', 'fbl', 'france', 'gaza', 'germany', 'hamas',
  'health', 'hezbollah', 'hostages', 'iran', 'iraq', 'israel', 'lebanon', 'military', 'nuclear',
  'pakistan', 'palestinians', 'politics', 'qatar', 'rights', 'russia', 'sudan', 'syria', 'tariff',
  'toll', 'trade', 'trump', 'turkey', 'ukraine', 'un', 'unrest', 'us', 'yemen', 'japan',
] as const;
export const tagId = (slug: (typeof tagSlugs)[number]): number => tagSlugs.indexOf(slug) + 1;

export const AFP_AUTHOR_ID = 1;
export const authorSeed: (AuthorInput & { id: number })[] = [
  {
    id: AFP_AUTHOR_ID, name: 'AFP', kind: 'agency', email: 'desk@afp.example', avatarUrl: '', website: 'https://www.afp.com',
    bio: { en: 'Agence France-Presse, the global news agency.', ar: 'وكالة فرانس برس، وكالة الأنباء العالمية.' },
  },
  {
    id: 2, name: 'Omar Khalil', kind: 'staff', email: 'omar.khalil@newsdesk.test', avatarUrl: '', website: '',
    bio: { en: 'Senior editor covering Iraq and the Gulf.', ar: 'محرر أول يغطي شؤون العراق والخليج.' },
  },
  {
    id: 3, name: 'Layla Hassan', kind: 'staff', email: 'layla.hassan@newsdesk.test', avatarUrl: '', website: '',
    bio: { en: 'Economy correspondent based in Baghdad.', ar: 'مراسلة الشؤون الاقتصادية في بغداد.' },
  },
  {
    id: 4, name: 'Karim Nassar', kind: 'staff', email: 'karim.nassar@newsdesk.test', avatarUrl: '', website: '',
    bio: { en: 'Diplomatic reporter following the region’s talks and summits.', ar: 'مراسل دبلوماسي يتابع مفاوضات المنطقة وقممها.' },
  },
  {
    id: 5, name: 'Rana Haddad', kind: 'staff', email: 'rana.haddad@newsdesk.test', avatarUrl: '', website: '',
    bio: { en: 'Health and science writer.', ar: 'كاتبة في شؤون الصحة والعلوم.' },
  },
  {
    id: 6, name: 'Yusuf Barakat', kind: 'contributor', email: '', avatarUrl: '', website: 'https://example.org/yusuf',
    bio: { en: 'Freelance sports writer.', ar: 'كاتب رياضي مستقل.' },
  },
];

export const CABALLERO_CREDIT_ID = 1;
export const photoCreditSeed: (PhotoCreditInput & { id: number })[] = [
  { id: CABALLERO_CREDIT_ID, photographer: 'ANDREW CABALLERO-REYNOLDS', agency: 'AFP', license: 'agency', notes: '' },
  { id: 2, photographer: 'SAUL LOEB', agency: 'AFP', license: 'agency', notes: '' },
  { id: 3, photographer: 'AHMAD AL-RUBAYE', agency: 'AFP', license: 'agency', notes: '' },
  { id: 4, photographer: 'Staff photographer', agency: 'Newsdesk', license: 'staff', notes: '' },
  { id: 5, photographer: 'Handout', agency: 'Ukrainian Presidential Press Service', license: 'handout', notes: 'Editorial use only.' },
];

export interface UserSeed {
  id: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  authorId: number | null;
}
/** The demo accounts of DESIGN.md (password `newsdesk`), and one deactivated former editor. */
export const userSeed: UserSeed[] = [
  { id: 1, name: 'Amira Saleh', email: 'admin@newsdesk.test', role: 'admin', active: true, authorId: null },
  { id: 2, name: 'Omar Khalil', email: 'editor@newsdesk.test', role: 'editor', active: true, authorId: 2 },
  { id: 3, name: 'Huda Karim', email: 'moderator@newsdesk.test', role: 'moderator', active: true, authorId: null },
  { id: 4, name: 'Sami Aziz', email: 'former@newsdesk.test', role: 'editor', active: false, authorId: null },
];

/** SHA-256 of `${salt}:newsdesk`, precomputed so the seed stays synchronous. */
const demoHash: Record<number, string> = {
  1: 'e164d3c16d75a4d5eb969677107b242e39c76499db75e486946d4482410a8ba9',
  2: '384686ae04b09d08265deb0f7ec2b54d9c386ececaea639d970960d6e09b8efe',
  3: '008dd561139ad230af9ebc435e88160f98cc5177a1307f5a28342a3b8902e54a',
  4: '50d664796e8b6e547659d21c144ee18077f489c73ab033b6b74a036ef6f0aa12',
};
export const demoCredential = (id: number) => ({ salt: `seed-user-${id}`, hash: demoHash[id] ?? '' });
