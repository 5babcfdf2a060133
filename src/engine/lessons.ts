/**
 * Lesson IDs from `LESSONS.md` (shared with the training team). Scenarios, scoring moments and the
 * debrief refer to lessons by these IDs; the titles are short reminders for authors and the debrief.
 */
export const LESSONS = {
  L01: { core: true },
  L02: { core: true },
  L03: { core: false },
  L04: { core: false },
  L05: { core: true },
  L06: { core: false },
  L07: { core: true },
  L08: { core: true },
  L09: { core: false },
  L10: { core: true },
  L11: { core: true },
  L12: { core: true },
  L13: { core: true },
  L14: { core: false },
  L15: { core: true },
  L16: { core: true },
  L17: { core: false },
  L18: { core: true },
  L19: { core: false },
  L20: { core: true },
  L21: { core: false },
  L22: { core: false },
  L23: { core: true },
  L24: { core: false },
  L25: { core: true },
  L26: { core: true },
  L27: { core: true },
  L28: { core: true },
  L29: { core: true },
  L30: { core: true },
  L31: { core: true },
  L32: { core: true },
  L33: { core: false },
  L34: { core: false },
  L35: { core: true },
} as const;

export type LessonId = keyof typeof LESSONS;
export const LESSON_IDS = Object.keys(LESSONS) as [LessonId, ...LessonId[]];
