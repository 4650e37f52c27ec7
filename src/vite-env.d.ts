/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real backend; unset means the embedded (MSW) backend under /api. */
  readonly VITE_API_URL?: string;
  /** IANA zone the newsroom works in; dates are shown in it. Defaults to Asia/Baghdad. */
  readonly VITE_NEWSROOM_TIME_ZONE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
