import type { Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { isSafeHref, linkRel } from '../safeUrl';
import { Figure } from './Figure';
import { NewsdeskKeys, type NewsdeskKeysOptions } from './NewsdeskKeys';
import { PasteCleaner } from './PasteCleaner';

/**
 * The editor's schema. Whatever it can produce is exactly what sanitize.ts allows: keep the
 * two in step (tests/unit/editor/schemaMatchesSanitizer.test.ts checks it).
 */
export const buildExtensions = (
  options: NewsdeskKeysOptions & { placeholder: () => string },
): Extensions => [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: [],
      // Typed, pasted and loaded links alike: only http, https and mailto.
      isAllowedUri: (url) => isSafeHref(url),
      // Pasted anchors lose their own rel/target/class in cleanPastedHtml; the sanitiser
      // forces rel on every write as well.
      HTMLAttributes: { target: '_blank', rel: linkRel, class: null },
    },
  }),
  Figure,
  PasteCleaner,
  Placeholder.configure({ placeholder: options.placeholder }),
  NewsdeskKeys.configure({ onLink: options.onLink, onImage: options.onImage }),
];
