export const commonEn = {
  not_found: 'This record no longer exists',
  time_zone: 'Times in %{zone}',
  languages: { en: 'English', ar: 'Arabic' },
};
