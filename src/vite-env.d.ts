/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The course of a package built for a learning platform, as JSON (src/lms/packaged-course.ts). */
  readonly VITE_RENDEZ_VOUS_COURSE?: string;
}
