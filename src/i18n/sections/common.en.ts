export const commonEn = {
  not_found: 'This record no longer exists',
  time_zone: 'Times in %{zone}',
  bilingual_fallback: '(no %{lang} name)',
  languages: { en: 'English', ar: 'Arabic' },
  yes: 'Yes',
  no: 'No',
};
