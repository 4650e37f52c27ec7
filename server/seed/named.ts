import { CABALLERO_CREDIT_ID, tagId } from './taxonomy';

/** The site's real-looking front-page stories, kept verbatim so users and tests can find them. */
export interface NamedArticle {
  title: string;
  slug: string;
  summary: string;
  body: string;
  categoryId: number;
  tagIds: number[];
  slugLine: string;
  hoursAgo: number;
  isBreaking: boolean;
  isFeatured: boolean;
  featuredImage: { url: string; alt: string; caption: string; photoCreditId: number | null } | null;
}

const p = (...paragraphs: string[]) => paragraphs.map((t) => `<p>${t}</p>`).join('');

export const namedArticles: NamedArticle[] = [
  {
    title: "US, Japan sign agreement on 'securing' rare earths supply",
    slug: 'us-japan-sign-agreement-on-securing-rare-earths-supply',
    summary: 'The United States and Japan signed a framework agreement on Tuesday to secure supplies of critical minerals and rare earths, as Washington seeks to loosen China’s grip on the sector.',
    body: p(
      'The United States and Japan signed a framework agreement in Tokyo on Tuesday aimed at "securing" the supply of critical minerals and rare earths, the White House said, as both countries try to reduce their dependence on China.',
      'The deal covers mining, processing and stockpiling, and commits the two governments to coordinate investment in projects at home and abroad over the coming months.',
      'China dominates the refining of rare earths, which are used in everything from smartphones and electric vehicles to fighter jets, and has tightened export controls this year.',
      'Officials said a first list of joint projects would be published within six months, with financing from both governments and private partners.',
    ),
    categoryId: 9,
    tagIds: [tagId('japan'), tagId('politics'), tagId('us')],
    slugLine: 'bur-jug-aph/ami',
    hoursAgo: 5,
    isBreaking: false,
    isFeatured: true,
    featuredImage: {
      url: 'https://picsum.photos/seed/rare-earths/1200/675',
      alt: 'The US president and the Japanese prime minister shake hands after signing the agreement',
      caption: 'The two leaders shake hands after signing the agreement in Tokyo. (Photo by ANDREW CABALLERO-REYNOLDS / AFP)',
      photoCreditId: CABALLERO_CREDIT_ID,
    },
  },
  {
    title: "Musk launches Grokipedia to rival 'left-biased' Wikipedia",
    slug: 'musk-launches-grokipedia-to-rival-left-biased-wikipedia',
    summary: 'Elon Musk has launched Grokipedia, an AI-written online encyclopedia he presents as an alternative to Wikipedia, which he accuses of left-wing bias.',
    body: p(
      'Elon Musk on Monday launched Grokipedia, an online encyclopedia written by his artificial intelligence chatbot Grok, which he says will be more neutral than Wikipedia.',
      'The billionaire has for years accused Wikipedia of a "left-wing" bias and urged his followers to stop donating to the Wikimedia Foundation, the non-profit that runs it.',
      'Early users noted that many Grokipedia entries closely followed the wording of Wikipedia articles, while others differed sharply on political topics.',
      'The Wikimedia Foundation said Wikipedia’s strength lay in its volunteer editors and transparent sourcing, which it said no AI system could replace.',
    ),
    categoryId: 8,
    tagIds: [tagId('ai'), tagId('us')],
    slugLine: 'arp/dw',
    hoursAgo: 26,
    isBreaking: false,
    isFeatured: false,
    featuredImage: null,
  },
  {
    title: 'Zelensky says needs European support for 2-3 more years of fighting',
    slug: 'zelensky-says-needs-european-support-for-2-3-more-years-of-fighting',
    summary: 'Ukraine will need European financial support for two to three more years of war with Russia, President Volodymyr Zelensky said.',
    body: p(
      'Ukrainian President Volodymyr Zelensky said on Friday that his country needed guaranteed European funding to keep fighting Russia for another two to three years if necessary.',
      'Speaking to reporters, he said a plan to use frozen Russian assets to finance a large loan to Kyiv would send Moscow a signal that Ukraine could not be outlasted.',
      'European leaders meeting in Brussels agreed to keep working on the proposal but deferred a final decision, after Belgium raised legal and financial concerns.',
      'Russia has warned that any use of its frozen assets would amount to theft and has threatened retaliation against Western companies.',
    ),
    categoryId: 5,
    tagIds: [tagId('ukraine'), tagId('russia'), tagId('eu'), tagId('conflict')],
    slugLine: 'bur-das/rmb',
    hoursAgo: 50,
    isBreaking: false,
    isFeatured: false,
    featuredImage: {
      url: 'https://picsum.photos/seed/zelensky-europe/1200/675',
      alt: 'Volodymyr Zelensky speaks at a news conference',
      caption: 'Volodymyr Zelensky speaks to reporters in Brussels. (Photo by Handout / Ukrainian Presidential Press Service)',
      photoCreditId: 5,
    },
  },
  {
    title: 'Sudan army-aligned group accuses RSF of executing 2,000 in El-Fasher',
    slug: 'sudan-army-aligned-group-accuses-rsf-of-executing-2000-in-el-fasher',
    summary: 'A group allied with Sudan’s army accused the paramilitary Rapid Support Forces of killing some 2,000 civilians after seizing the city of El-Fasher.',
    body: p(
      'A group aligned with Sudan’s army on Tuesday accused the paramilitary Rapid Support Forces of executing around 2,000 unarmed civilians after taking control of El-Fasher, the army’s last stronghold in Darfur.',
      'The RSF, at war with the army since April 2023, denied targeting civilians and said it had ordered an investigation into any abuses committed by its fighters.',
      'The United Nations said it was alarmed by reports of mass killings and called for safe passage for civilians trying to flee the city.',
      'Aid groups said tens of thousands of people had fled towards the town of Tawila, where camps were already overwhelmed.',
    ),
    categoryId: 4,
    tagIds: [tagId('sudan'), tagId('army'), tagId('conflict'), tagId('toll'), tagId('rights')],
    slugLine: 'bur-str/rsc',
    hoursAgo: 53,
    isBreaking: true,
    isFeatured: false,
    featuredImage: null,
  },
  {
    title: 'Zelensky urges Trump to pressure Xi to cut support to Russia',
    slug: 'zelensky-urges-trump-to-pressure-xi-to-cut-support-to-russia',
    summary: 'Volodymyr Zelensky urged Donald Trump to press Chinese leader Xi Jinping to stop supporting Russia’s war effort.',
    body: p(
      'Ukrainian President Volodymyr Zelensky on Sunday urged US President Donald Trump to use his meeting with Xi Jinping to press China to cut its support for Russia.',
      'China is the largest buyer of Russian oil and Western governments accuse it of supplying components used in Russian drones and missiles, which Beijing denies.',
      'Zelensky said stronger pressure on Moscow’s backers was the fastest way to bring Russia to negotiations and end the war.',
      'Trump has said he would raise Ukraine with Xi, but gave no details of what he would ask the Chinese leader to do.',
    ),
    categoryId: 5,
    tagIds: [tagId('ukraine'), tagId('trump'), tagId('china'), tagId('russia'), tagId('us'), tagId('diplomacy')],
    slugLine: 'bur-jmr/bc',
    hoursAgo: 75,
    isBreaking: false,
    isFeatured: false,
    featuredImage: null,
  },
];
