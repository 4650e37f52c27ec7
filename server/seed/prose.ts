import type { Language } from '../../src/schemas';

/** Word lists and sentence templates for generated article bodies, per language. */
export interface Prose {
  sentences: string[];
  slots: Record<string, string[]>;
  headings: string[];
  listItems: string[];
}

const en: Prose = {
  sentences: [
    '{official} told AFP that the {object} would be discussed {when}.',
    'The announcement came {when}, after weeks of {process}.',
    'According to figures released by {source}, at least {n} people have been affected.',
    'The government has repeatedly said it would not accept the {object} without guarantees.',
    'Analysts in {place} said the decision could shift the balance of power in the region.',
    '"We are ready to work with all parties," {official} said in a statement.',
    'The move follows {process} and has drawn criticism from rights groups.',
    'Markets reacted cautiously, with the local currency slipping {pct} percent against the dollar.',
    'Residents of {place} described long queues for fuel and bread in recent days.',
    'A spokesperson for {source} said a final decision was expected {when}.',
    'Diplomats in {place} cautioned that any agreement would need the backing of parliament.',
    'The {object} is expected to cost around {n} million dollars over {years} years.',
    'Officials in {place} declined to comment on the details of the {object}.',
    'Talks on the {object} are due to resume in {place} {when}.',
  ],
  slots: {
    official: ['A senior official', 'The foreign minister', 'A government spokesman', 'An army spokesman', 'The central bank governor', 'A UN envoy'],
    source: ['the health ministry', 'the United Nations', 'the World Bank', 'local authorities', 'the Red Cross'],
    when: ['next week', 'later this month', 'on Tuesday', 'before the end of the year', 'within days'],
    process: ['tense negotiations', 'mounting pressure', 'street protests', 'a series of strikes', 'months of deadlock'],
    place: ['Baghdad', 'Beirut', 'Cairo', 'Amman', 'Damascus', 'Khartoum', 'Ankara', 'Tehran', 'Doha', 'Kyiv', 'Geneva', 'Brussels'],
    object: ['trade deal', 'ceasefire plan', 'aid package', 'security agreement', 'budget', 'energy strategy', 'reform programme'],
  },
  headings: ['What happens next', 'Regional reaction', 'Background', 'The economic cost', 'The humanitarian situation'],
  listItems: [
    'Ceasefire talks resume next week',
    'Aid deliveries remain limited',
    'Prices of basic goods rose sharply',
    'Parliament is due to vote on the budget',
    'Border crossings partially reopened',
    'Schools closed in several districts',
    'Flights to the capital were suspended',
    'Electricity cuts lasted up to 12 hours a day',
  ],
};

const ar: Prose = {
  sentences: [
    'قال {official} لوكالة فرانس برس إن {object} ستُبحث {when}.',
    'وجاء الإعلان {when} بعد أسابيع من {process}.',
    'وبحسب أرقام نشرتها {source}، تأثر ما لا يقل عن {n} شخص.',
    'وأكدت الحكومة مراراً أنها لن تقبل {object} من دون ضمانات.',
    'ورأى محللون في {place} أن القرار قد يغير موازين القوى في المنطقة.',
    'وقال {official} في بيان: «نحن مستعدون للعمل مع جميع الأطراف».',
    'وتأتي هذه الخطوة في أعقاب {process} وسط انتقادات من منظمات حقوقية.',
    'وتفاعلت الأسواق بحذر، إذ تراجعت العملة المحلية بنسبة {pct} في المئة أمام الدولار.',
    'ووصف سكان في {place} طوابير طويلة أمام محطات الوقود والمخابز خلال الأيام الأخيرة.',
    'وأوضحت {source} أنها تتوقع قراراً نهائياً {when}.',
    'وحذّر دبلوماسيون في {place} من أن أي اتفاق سيحتاج إلى دعم البرلمان.',
    'ومن المتوقع أن تبلغ كلفة {object} نحو {n} مليون دولار على مدى {years} سنوات.',
    'ورفض مسؤولون في {place} التعليق على تفاصيل {object}.',
    'ومن المقرر أن تستأنف المحادثات بشأن {object} في {place} {when}.',
  ],
  slots: {
    official: ['مسؤول رفيع', 'وزير الخارجية', 'متحدث باسم الحكومة', 'متحدث عسكري', 'محافظ البنك المركزي', 'مبعوث أممي'],
    source: ['وزارة الصحة', 'الأمم المتحدة', 'منظمة الصحة العالمية', 'السلطات المحلية', 'اللجنة الدولية للصليب الأحمر'],
    when: ['الأسبوع المقبل', 'في وقت لاحق هذا الشهر', 'يوم الثلاثاء', 'قبل نهاية العام', 'خلال أيام'],
    process: ['مفاوضات شاقة', 'ضغوط متزايدة', 'احتجاجات في الشوارع', 'سلسلة من الإضرابات', 'أشهر من الجمود'],
    place: ['بغداد', 'بيروت', 'القاهرة', 'عمّان', 'دمشق', 'الخرطوم', 'أنقرة', 'طهران', 'الدوحة', 'كييف', 'جنيف', 'بروكسل'],
    object: ['الاتفاق التجاري', 'خطة وقف إطلاق النار', 'حزمة المساعدات', 'الاتفاقية الأمنية', 'الموازنة', 'استراتيجية الطاقة', 'برنامج الإصلاح'],
  },
  headings: ['ماذا بعد؟', 'ردود الفعل الإقليمية', 'خلفية', 'الكلفة الاقتصادية', 'الوضع الإنساني'],
  listItems: [
    'استئناف محادثات وقف إطلاق النار الأسبوع المقبل',
    'إيصال المساعدات ما زال محدوداً',
    'ارتفاع حاد في أسعار السلع الأساسية',
    'البرلمان يصوت على الموازنة قريباً',
    'إعادة فتح جزئية للمعابر الحدودية',
    'إغلاق المدارس في عدة أحياء',
    'تعليق الرحلات الجوية إلى العاصمة',
    'انقطاع الكهرباء حتى 12 ساعة يومياً',
  ],
};

export const prose: Record<Language, Prose> = { en, ar };
