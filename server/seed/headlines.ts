/**
 * Parallel English / Arabic pieces of generated headlines and standfirsts: the same indices give
 * the same story in both languages, so translation pairs read as translations.
 */
export interface Actor { en: string; ar: string; feminine: boolean }
export interface Verb { en: string; m: string; f: string }
export interface Pair { en: string; ar: string }

export const actors: Actor[] = [
  { en: 'UN chief', ar: 'الأمين العام للأمم المتحدة', feminine: false },
  { en: 'Iraqi prime minister', ar: 'رئيس الوزراء العراقي', feminine: false },
  { en: 'Zelensky', ar: 'زيلينسكي', feminine: false },
  { en: 'Trump', ar: 'ترامب', feminine: false },
  { en: 'EU', ar: 'الاتحاد الأوروبي', feminine: false },
  { en: 'Iran', ar: 'إيران', feminine: true },
  { en: 'Turkey', ar: 'تركيا', feminine: true },
  { en: 'China', ar: 'الصين', feminine: true },
  { en: 'Russia', ar: 'روسيا', feminine: true },
  { en: 'Qatar', ar: 'قطر', feminine: true },
  { en: 'Sudan army', ar: 'الجيش السوداني', feminine: false },
  { en: 'Pakistan', ar: 'باكستان', feminine: true },
  { en: 'Germany', ar: 'ألمانيا', feminine: true },
  { en: 'France', ar: 'فرنسا', feminine: true },
  { en: 'Britain', ar: 'بريطانيا', feminine: true },
  { en: 'Lebanese government', ar: 'الحكومة اللبنانية', feminine: true },
  { en: 'WHO', ar: 'منظمة الصحة العالمية', feminine: true },
  { en: 'Central bank', ar: 'البنك المركزي', feminine: false },
  { en: 'Oil ministry', ar: 'وزارة النفط', feminine: true },
  { en: 'Health ministry', ar: 'وزارة الصحة', feminine: true },
  { en: 'Opposition leader', ar: 'زعيم المعارضة', feminine: false },
  { en: 'Football federation', ar: 'اتحاد كرة القدم', feminine: false },
];

export const verbs: Verb[] = [
  { en: 'urges', m: 'يدعو إلى', f: 'تدعو إلى' },
  { en: 'warns against', m: 'يحذر من', f: 'تحذر من' },
  { en: 'announces', m: 'يعلن', f: 'تعلن' },
  { en: 'rejects', m: 'يرفض', f: 'ترفض' },
  { en: 'backs', m: 'يدعم', f: 'تدعم' },
  { en: 'seeks', m: 'يسعى إلى', f: 'تسعى إلى' },
  { en: 'signs', m: 'يوقع', f: 'توقع' },
  { en: 'condemns', m: 'يدين', f: 'تدين' },
  { en: 'discusses', m: 'يبحث', f: 'تبحث' },
  { en: 'unveils', m: 'يكشف عن', f: 'تكشف عن' },
];

export const objects: Pair[] = [
  { en: 'new sanctions', ar: 'عقوبات جديدة' },
  { en: 'ceasefire deal', ar: 'اتفاق وقف إطلاق النار' },
  { en: 'trade agreement', ar: 'اتفاقية تجارية' },
  { en: 'aid corridor plan', ar: 'خطة ممر المساعدات' },
  { en: 'energy strategy', ar: 'استراتيجية للطاقة' },
  { en: 'budget reforms', ar: 'إصلاحات في الموازنة' },
  { en: 'security pact', ar: 'اتفاقية أمنية' },
  { en: 'prisoner exchange', ar: 'تبادل الأسرى' },
  { en: 'tariff increase', ar: 'زيادة الرسوم الجمركية' },
  { en: 'climate funding', ar: 'تمويل المناخ' },
  { en: 'vaccination campaign', ar: 'حملة تطعيم' },
  { en: 'AI regulation', ar: 'تنظيم الذكاء الاصطناعي' },
  { en: 'investment fund', ar: 'صندوق استثماري' },
  { en: 'election timetable', ar: 'جدول الانتخابات' },
  { en: 'reconstruction programme', ar: 'برنامج إعادة الإعمار' },
  { en: 'nuclear talks', ar: 'المحادثات النووية' },
  { en: 'fuel subsidy cuts', ar: 'خفض دعم الوقود' },
  { en: 'border crossing reopening', ar: 'إعادة فتح المعبر الحدودي' },
];

export const contexts: Pair[] = [
  { en: 'amid regional tensions', ar: 'وسط توترات إقليمية' },
  { en: 'ahead of summit', ar: 'قبيل القمة' },
  { en: 'after deadly strikes', ar: 'بعد غارات دامية' },
  { en: 'as talks stall', ar: 'مع تعثر المحادثات' },
  { en: 'despite protests', ar: 'رغم الاحتجاجات' },
  { en: 'in Baghdad', ar: 'في بغداد' },
  { en: 'in Geneva', ar: 'في جنيف' },
  { en: 'in Doha', ar: 'في الدوحة' },
  { en: 'in Cairo', ar: 'في القاهرة' },
  { en: 'in Brussels', ar: 'في بروكسل' },
  { en: 'after emergency meeting', ar: 'عقب اجتماع طارئ' },
  { en: 'as prices climb', ar: 'مع ارتفاع الأسعار' },
  { en: 'ahead of elections', ar: 'قبيل الانتخابات' },
  { en: '', ar: '' },
];

export const weekdays: Pair[] = [
  { en: 'Monday', ar: 'الاثنين' },
  { en: 'Tuesday', ar: 'الثلاثاء' },
  { en: 'Wednesday', ar: 'الأربعاء' },
  { en: 'Thursday', ar: 'الخميس' },
  { en: 'Friday', ar: 'الجمعة' },
  { en: 'Saturday', ar: 'السبت' },
  { en: 'Sunday', ar: 'الأحد' },
];

export const tails: Pair[] = [
  { en: 'in a move likely to reshape the debate', ar: 'في خطوة يُرجَّح أن تعيد رسم النقاش' },
  { en: 'raising fresh questions about the months ahead', ar: 'ما يثير تساؤلات جديدة بشأن الأشهر المقبلة' },
  { en: 'a decision welcomed by several neighbouring states', ar: 'في قرار رحّبت به عدة دول مجاورة' },
  { en: 'though critics said the plan lacked detail', ar: 'رغم أن منتقدين قالوا إن الخطة تفتقر إلى التفاصيل' },
  { en: 'as diplomats pressed for a swift agreement', ar: 'فيما ضغط دبلوماسيون من أجل اتفاق سريع' },
];

export interface Headline { title: string; summary: string; slugBase: string }

/** The headline and standfirst in `lang` for one combination of indices. */
export const headline = (lang: 'en' | 'ar', idx: readonly number[]): Headline => {
  const [a, v, o, c, d, t] = idx;
  const actor = actors[a];
  const verb = verbs[v];
  const object = objects[o];
  const context = contexts[c];
  const day = weekdays[d];
  const tail = tails[t];
  const en = context.en ? `${actor.en} ${verb.en} ${object.en} ${context.en}` : `${actor.en} ${verb.en} ${object.en}`;
  const slugBase = en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (lang === 'en') {
    return { title: en, summary: `${actor.en} on ${day.en} ${verb.en} ${object.en}, officials said, ${tail.en}.`, slugBase };
  }
  const arVerb = actor.feminine ? verb.f : verb.m;
  const ar = context.ar ? `${actor.ar} ${arVerb} ${object.ar} ${context.ar}` : `${actor.ar} ${arVerb} ${object.ar}`;
  return { title: ar, summary: `${actor.ar} ${arVerb} ${object.ar} يوم ${day.ar}، بحسب ما أفاد مسؤولون، ${tail.ar}.`, slugBase };
};
