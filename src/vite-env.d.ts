/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The course of a package built for a learning platform, as JSON (src/lms/packaged-course.ts). */
  readonly VITE_RENDEZ_VOUS_COURSE?: string;
  /** `cmi5` in a package built by `npm run build:cmi5`; a SCORM package and the web build have none. */
  readonly VITE_RENDEZ_VOUS_CMI5?: string;
}
