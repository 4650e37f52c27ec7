import { AGENCIES, agencyKey, findAgency } from './agencies';

/**
 * Photo credit lines as pasted from the wire, a caption or a photo's metadata, turned into the
 * two fields of a photo credit record, and back into the line a page prints.
 */
export interface ParsedCredit {
  /** The person (or, for handouts, the issuing office); '' when the line names only an agency. */
  photographer: string;
  /** Canonical agency name(s), joined by " / " ("Pool / AFP"); '' when none is named. */
  agency: string;
}

/** Labels that introduce a credit, in English and Arabic, tried repeatedly at the start. */
const LABELS =
  /^(?:photo(?:graph(?:er)?|s)?(?:\s*credit)?(?:\s*by)?|picture(?:\s*by)?|pic|image|credits?|foto|courtesy(?:\s+of)?|(?:copyright|©|\(c\))(?:\s*\d{4})?|تصوير|بعدسة|الصورة(?:\s*من)?|صورة|المصدر|حقوق\s+الصورة)(?![\p{L}\p{N}])\s*[:：\-–]?\s*/iu;
/** Separators between the parts of a line: slashes, spaced dashes, bars. */
const SEPARATORS = /\s*\/\s*|\s+[-–—]\s+|\s*\|\s*/;
/** A single-part line naming its agency in words: "NAME for AGENCY", "NAME via AGENCY". */
const IN_WORDS = /^(.+?)\s+(?:for|via|لصالح|عبر)\s+(.+)$/i;
/** "AFP PHOTO", "Reuters Pictures", "AP Photo": an agency's own by-line. */
/** "AFP via Getty Images", "أ ف ب عبر غيتي": a distributor after the source. */
const VIA = /^(.+?)\s+(?:via|عبر)\s+(.+)$/i;
const AGENCY_PHOTO = /^(.+?)\s+(?:photos?|pictures|images?)$/i;

const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”«»:,.\-–—]+|[\s"'“”«»:,\-–—]+$/g, '')
    .trim();

const stripLabels = (s: string): string => {
  let out = s.trim();
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(LABELS, '').trim();
  }
  return out;
};

/** A caption ending "(Photo by X / AFP)" yields its group; "NAME (AFP)" reads as "NAME / AFP". */
const unwrapParentheses = (s: string): string => {
  const m = /^(.*?)\s*\(([^()]*)\)\s*\.?$/.exec(s);
  if (!m) return s;
  const [, before, inside] = m;
  if (!before.trim() || stripLabels(inside) !== inside.trim() || inside.includes('/'))
    return inside;
  return `${before} / ${inside}`;
};

/** The agency a part names, canonical, or null when it is not an agency. */
const asAgency = (part: string): string | null => {
  const known = findAgency(part);
  if (known) return known.name;
  const via = VIA.exec(part);
  if (via && findAgency(via[2])) {
    const left = findAgency(via[1]);
    return left ? `${left.name} via ${findAgency(via[2])!.name}` : null;
  }
  const byline = AGENCY_PHOTO.exec(part);
  return byline ? (findAgency(byline[1])?.name ?? tidy(byline[1])) : null;
};

export const parseCreditLine = (line: string): ParsedCredit => {
  const text = stripLabels(unwrapParentheses(stripLabels(line.replace(/\s+/g, ' ').trim())));
  let parts = text.split(SEPARATORS).map(tidy).filter(Boolean);
  // "NAME, AFP" and AP's "(AP Photo/NAME, File)": a trailing comma part that is an agency or
  // the word File splits off.
  parts = parts.flatMap((p) => {
    const m = /^(.+?)\s*[,،]\s*([^,،]+)$/.exec(p);
    if (!m) return [p];
    if (/^file$/i.test(m[2].trim())) return [tidy(m[1])];
    return findAgency(m[2]) ? [tidy(m[1]), tidy(m[2])] : [p];
  });
  if (parts.length === 1) {
    const words = IN_WORDS.exec(parts[0]);
    if (words && !asAgency(parts[0])) parts = [tidy(words[1]), tidy(words[2])];
    else if (!asAgency(parts[0])) return { photographer: parts[0], agency: '' };
  }
  const agencies: string[] = [];
  const people: string[] = [];
  for (const p of parts) {
    const a = asAgency(p);
    if (a !== null) agencies.push(a);
    else {
      // "Saul Loeb via Getty Images" inside a multi-part line.
      const via = VIA.exec(p);
      if (via && findAgency(via[2])) {
        people.push(tidy(via[1]));
        agencies.push(findAgency(via[2])!.name);
      } else people.push(p);
    }
  }
  // Nothing recognised: wire order is "NAME / AGENCY".
  if (agencies.length === 0 && people.length > 1) agencies.push(...people.splice(1));
  return { photographer: people.join(' / '), agency: [...new Set(agencies)].join(' / ') };
};

const arabicName = (name: string): string =>
  AGENCIES.find((a) => agencyKey(a.name) === agencyKey(name))?.ar ?? name;

/** "Pool / AFP via Getty Images" → "بول / أ ف ب عبر غيتي إيمجز". */
const arabicAgency = (agency: string): string =>
  agency
    .split(' / ')
    .map((part) => part.split(' via ').map(arabicName).join(' عبر '))
    .join(' / ');

/**
 * The printed line: "Photo by NAME / AGENCY" or, in Arabic, "تصوير NAME / AGENCY" with known
 * agencies in their Arabic form (AFP → أ ف ب). An agency-only credit reads "Photo: AFP".
 */
/** "PHOTOGRAPHER / AGENCY": a photo credit record named in one line (lists, pickers, titles). */
export const creditLine = (c: { photographer: string; agency: string }) =>
  c.agency ? `${c.photographer} / ${c.agency}` : c.photographer;

export const formatCreditLine = (
  credit: { photographer?: string | null; agency?: string | null },
  lang: 'en' | 'ar' = 'en',
): string => {
  const photographer = tidy(credit.photographer ?? '');
  const rawAgency = tidy(credit.agency ?? '');
  const agency = lang === 'ar' ? arabicAgency(rawAgency) : rawAgency;
  const by = lang === 'ar' ? 'تصوير' : 'Photo by';
  if (photographer) return agency ? `${by} ${photographer} / ${agency}` : `${by} ${photographer}`;
  if (agency) return lang === 'ar' ? `الصورة: ${agency}` : `Photo: ${agency}`;
  return '';
};
