import { formatCreditLine, parseCreditLine } from '../../../src/lib/creditLine';

/** Credit lines as they arrive from the wires, captions and photo metadata. */
const forms: [line: string, photographer: string, agency: string][] = [
  ['Photo by ANDREW CABALLERO-REYNOLDS / AFP', 'ANDREW CABALLERO-REYNOLDS', 'AFP'],
  ['ANDREW CABALLERO-REYNOLDS / AFP', 'ANDREW CABALLERO-REYNOLDS', 'AFP'],
  ['AHMAD AL-RUBAYE/AFP', 'AHMAD AL-RUBAYE', 'AFP'],
  ['AFP PHOTO / AHMAD AL-RUBAYE', 'AHMAD AL-RUBAYE', 'AFP'],
  ['(Photo by SAUL LOEB / AFP)', 'SAUL LOEB', 'AFP'],
  ['Photo: Thaier al-Sudani/Reuters', 'Thaier al-Sudani', 'Reuters'],
  ['© Hadi Mizban / AP', 'Hadi Mizban', 'AP'],
  ['Credit: Khalid Mohammed / AP', 'Khalid Mohammed', 'AP'],
  ['Jane Doe for The New York Times', 'Jane Doe', 'The New York Times'],
  ['Getty Images / Chris McGrath', 'Chris McGrath', 'Getty Images'],
  ['Chris McGrath/Getty Images', 'Chris McGrath', 'Getty Images'],
  ['REUTERS/Ahmed Saad', 'Ahmed Saad', 'Reuters'],
  ['(AP Photo/Hadi Mizban, File)', 'Hadi Mizban', 'AP'],
  ['AP Photo/Hadi Mizban, Pool', 'Hadi Mizban', 'AP / Pool'],
  ['EPA-EFE/AHMED JALIL', 'AHMED JALIL', 'EPA-EFE'],
  ['Saul Loeb/AFP via Getty Images', 'Saul Loeb', 'AFP via Getty Images'],
  ['Credit: Ahmad Al-Rubaye/AFP via Getty Images', 'Ahmad Al-Rubaye', 'AFP via Getty Images'],
  ['Murtadha Ridha/Anadolu Agency via Getty Images', 'Murtadha Ridha', 'Anadolu via Getty Images'],
  ['Photo by John Moore via Getty Images', 'John Moore', 'Getty Images'],
  ['XINHUA PHOTO / Khalil Dawood', 'Khalil Dawood', 'Xinhua'],
  [
    "HANDOUT / IRAQI PRIME MINISTER'S MEDIA OFFICE / AFP",
    "IRAQI PRIME MINISTER'S MEDIA OFFICE",
    'Handout / AFP',
  ],
  ['JOHN SMITH / POOL / AFP', 'JOHN SMITH', 'Pool / AFP'],
  ['POOL / AFP', '', 'Pool / AFP'],
  ['AFP', '', 'AFP'],
  ['© Agence France-Presse', '', 'AFP'],
  ['© 2025 AFP', '', 'AFP'],
  ['Photo by Jane Doe', 'Jane Doe', ''],
  ['Photographer: Jane Doe', 'Jane Doe', ''],
  ['Jane Doe (AFP)', 'Jane Doe', 'AFP'],
  ['Jane Doe, Reuters', 'Jane Doe', 'Reuters'],
  ['Picture: Sabah Arar / AFP', 'Sabah Arar', 'AFP'],
  ['Jane Doe / Kurdistan 24', 'Jane Doe', 'Kurdistan 24'],
  ['Jane Doe - Rudaw', 'Jane Doe', 'Rudaw'],
  ['photo credit: SIPA USA/Jane Doe', 'Jane Doe', 'SIPA'],
  ['Picasso Jones / afp', 'Picasso Jones', 'AFP'],
  ['Imagen Rodriguez/Reuters', 'Imagen Rodriguez', 'Reuters'],
  ['تصوير أحمد الربيعي / أ ف ب', 'أحمد الربيعي', 'AFP'],
  ['(تصوير: أحمد الربيعي - أ ف ب)', 'أحمد الربيعي', 'AFP'],
  ['تصوير: ثائر السوداني/رويترز', 'ثائر السوداني', 'Reuters'],
  ['الصورة: رويترز', '', 'Reuters'],
  ['تصوير هادي مزبان (أ ب)', 'هادي مزبان', 'AP'],
  ['بعدسة علي يوسف / الأناضول', 'علي يوسف', 'Anadolu'],
  ['تصوير صباح عرار - فرانس برس', 'صباح عرار', 'AFP'],
  ['المصدر: وكالة الأنباء العراقية', '', 'INA'],
];

describe('parseCreditLine', () => {
  it(`covers at least 25 real-world forms (has ${forms.length})`, () => {
    expect(forms.length).toBeGreaterThanOrEqual(25);
  });

  it.each(forms)('%s', (line, photographer, agency) => {
    expect(parseCreditLine(line)).toEqual({ photographer, agency });
  });

  it('finds the credit at the end of a pasted caption', () => {
    const caption =
      "US President Joe Biden and Japan's Prime Minister sign the agreement in Tokyo on October 28, 2025. (Photo by ANDREW CABALLERO-REYNOLDS / AFP)";
    expect(parseCreditLine(caption)).toEqual({
      photographer: 'ANDREW CABALLERO-REYNOLDS',
      agency: 'AFP',
    });
  });

  it('keeps hyphenated names whole and collapses stray spaces', () => {
    expect(parseCreditLine('  Photo  by   JEAN-PIERRE  DUPONT  /   AFP ')).toEqual({
      photographer: 'JEAN-PIERRE DUPONT',
      agency: 'AFP',
    });
  });

  it('returns empty fields for an empty line', () => {
    expect(parseCreditLine('   ')).toEqual({ photographer: '', agency: '' });
  });
});

describe('formatCreditLine', () => {
  it('prints the site’s English credit line', () => {
    expect(formatCreditLine({ photographer: 'SAUL LOEB', agency: 'AFP' })).toBe(
      'Photo by SAUL LOEB / AFP',
    );
    expect(formatCreditLine({ photographer: 'Jane Doe', agency: '' })).toBe('Photo by Jane Doe');
    expect(formatCreditLine({ photographer: '', agency: 'Reuters' })).toBe('Photo: Reuters');
    expect(formatCreditLine({ photographer: '', agency: '' })).toBe('');
  });

  it('prints the Arabic line, with known agencies in their Arabic form', () => {
    expect(formatCreditLine({ photographer: 'أحمد الربيعي', agency: 'AFP' }, 'ar')).toBe(
      'تصوير أحمد الربيعي / أ ف ب',
    );
    expect(formatCreditLine({ photographer: 'X', agency: 'AFP via Getty Images' }, 'ar')).toBe(
      'تصوير X / أ ف ب عبر غيتي إيمجز',
    );
    expect(formatCreditLine({ photographer: 'X', agency: 'Rudaw' }, 'ar')).toBe('تصوير X / Rudaw');
    expect(formatCreditLine({ photographer: '', agency: 'Reuters' }, 'ar')).toBe('الصورة: رويترز');
  });

  it('round-trips: parsing a formatted line gives the same credit back', () => {
    for (const [, photographer, agency] of forms) {
      for (const lang of ['en', 'ar'] as const) {
        const line = formatCreditLine({ photographer, agency }, lang);
        expect(parseCreditLine(line), line).toEqual({ photographer, agency });
      }
    }
  });
});
