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

/**
 * scrypt hashes of the demo password `newsdesk` (server/rules/auth/passwords.ts), precomputed
 * so that building the seed stays instant; each user has their own salt.
 */
const demoHash: Record<number, string> = {
  1: 'scrypt$16384$8$1$Oy/95dxnFnXSHXodMAOcbg==$jemIjSjSldsQF1A/eX7IMS09pk9eYuu/Ludll8I8n7w=',
  2: 'scrypt$16384$8$1$9ksYtoNPNrLQzcDHW79Sbw==$SEKKHAkC4uT12VvpmhCDIZKqImgrw25GULuAyeaDd34=',
  3: 'scrypt$16384$8$1$lZJBUJi+MgqJYoYRMyQ3IQ==$8n4BiOjd5kz1W/n9ycO87Rqo1TfjXr6PIy2snLTwe5Q=',
  4: 'scrypt$16384$8$1$acegliJS3un98WcG7q7pSA==$gyZJ93FGVAWcCnzD8ShAXELd8qupKyxAbqP7x0BFArc=',
};
export const demoCredential = (id: number): string => demoHash[id] ?? '';
