/**
 * Validation messages are i18n keys, shared by the form (translated by react-admin)
 * and the server (sent in `errors`, so the form shows them under the field in the UI language).
 */
export const msg = {
  required: 'nd.validation.required',
  tooLong: 'nd.validation.too_long',
  slug: 'nd.validation.slug',
  email: 'nd.validation.email',
  url: 'nd.validation.url',
  date: 'nd.validation.date',
  integer: 'nd.validation.integer',
  invalid: 'nd.validation.invalid',
  altRequired: 'nd.validation.alt_required',
  publishAtRequired: 'nd.validation.publish_at_required',
  publishAtFuture: 'nd.validation.publish_at_future',
  duplicateSlug: 'nd.validation.duplicate_slug',
  slugTaken: 'nd.validation.slug_taken',
  duplicateEmail: 'nd.validation.duplicate_email',
  stale: 'nd.validation.stale',
} as const;
