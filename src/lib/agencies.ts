/**
 * Photo agencies a newsroom meets on the wire, with the spellings seen in credit lines (English
 * and Arabic). The canonical `name` is what we store; `ar` is how Arabic pages print it.
 */
export interface Agency {
  name: string;
  ar: string;
  aliases: string[];
}

export const AGENCIES: Agency[] = [
  { name: 'AFP', ar: 'أ ف ب', aliases: ['afp', 'agence france-presse', 'agence france presse', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'فرانس برس', 'وكالة فرانس برس'] },
  { name: 'AP', ar: 'أ ب', aliases: ['ap', 'associated press', 'the associated press', 'أ ب', 'ا ب', 'أسوشيتد برس', 'اسوشيتد برس'] },
  { name: 'Reuters', ar: 'رويترز', aliases: ['reuters', 'رويترز', 'وكالة رويترز'] },
  { name: 'Getty Images', ar: 'غيتي إيمجز', aliases: ['getty images', 'getty', 'غيتي إيمجز', 'غيتي', 'جيتي إيماجز', 'جيتي'] },
  { name: 'EPA', ar: 'إ ب أ', aliases: ['epa', 'european pressphoto agency', 'إ ب أ', 'ا ب ا'] },
  { name: 'EPA-EFE', ar: 'إ ب أ-إفي', aliases: ['epa-efe', 'epa efe', 'إ ب أ-إفي'] },
  { name: 'EFE', ar: 'إفي', aliases: ['efe', 'إفي', 'افي'] },
  { name: 'Anadolu', ar: 'الأناضول', aliases: ['anadolu', 'anadolu agency', 'anadolu ajansi', 'aa', 'الأناضول', 'الاناضول', 'وكالة الأناضول'] },
  { name: 'Xinhua', ar: 'شينخوا', aliases: ['xinhua', 'xinhua news agency', 'شينخوا', 'وكالة شينخوا'] },
  { name: 'Bloomberg', ar: 'بلومبرغ', aliases: ['bloomberg', 'bloomberg via getty images', 'بلومبرغ'] },
  { name: 'SIPA', ar: 'سيبا', aliases: ['sipa', 'sipa press', 'sipa usa', 'سيبا'] },
  { name: 'Pool', ar: 'بول', aliases: ['pool', 'بول'] },
  { name: 'Handout', ar: 'صورة موزعة', aliases: ['handout', 'صورة موزعة'] },
  { name: 'INA', ar: 'واع', aliases: ['ina', 'iraqi news agency', 'واع', 'وكالة الأنباء العراقية'] },
  { name: 'WAFA', ar: 'وفا', aliases: ['wafa', 'وفا'] },
  { name: 'SANA', ar: 'سانا', aliases: ['sana', 'سانا'] },
  { name: 'KUNA', ar: 'كونا', aliases: ['kuna', 'كونا'] },
  { name: 'Shutterstock', ar: 'شترستوك', aliases: ['shutterstock', 'rex/shutterstock', 'rex', 'شترستوك'] },
  { name: 'NurPhoto', ar: 'نورفوتو', aliases: ['nurphoto', 'nurphoto via getty images'] },
  { name: 'Zuma Press', ar: 'زوما برس', aliases: ['zuma', 'zuma press', 'zuma wire', 'zumapress'] },
  { name: 'dpa', ar: 'د ب أ', aliases: ['dpa', 'deutsche presse-agentur', 'د ب أ', 'د.ب.أ'] },
]; // prettier-ignore

/** Lowercase, Arabic hamza/dots folded, spacing collapsed: the key aliases are compared on. */
export const agencyKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[أإآ]/g, 'ا')
    .replace(/[.\u200f\u200e]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const byKey = new Map<string, Agency>();
for (const a of AGENCIES)
  for (const alias of [a.name, ...a.aliases]) byKey.set(agencyKey(alias), a);

/** The known agency a credit part names ("afp", "أ ف ب", "AFP PHOTO"), or undefined. */
export const findAgency = (part: string): Agency | undefined => {
  const key = agencyKey(part).replace(/\s+photos?$/, '');
  return byKey.get(key);
};
