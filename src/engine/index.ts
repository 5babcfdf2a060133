/** The pure meeting engine: no Phaser, no DOM, no storage. Runs the same in Node and the browser. */

export {
  AGES,
  BEARDS,
  CLOTHES,
  castLooks,
  FACES,
  GLASSES,
  HAIR_COLORS,
  HAIR_STYLES,
  type Look,
  SKIN_TONES,
} from './appearance.ts';
export {
  type Board,
  type BoardEntry,
  type BoardProblem,
  type BoardProblemKind,
  type BoardRow,
  boardCsv,
  buildBoard,
  type Choice,
  commonlyMissed,
  type DecisionTally,
  distribution,
  findEntries,
  type OpenedReplay,
  openReplay,
  replayWithChoices,
  tallyDecisions,
} from './board.ts';
export { type LessonCoverage, type LessonUse, lessonCoverage, lessonUses } from './coverage.ts';
export { type EndingSearch, findEndings, PLAY_STYLES, seedsForEachVariant, type Witness } from './explore.ts';
export {
  type ConversationFigures,
  conversationFigures,
  countWords,
  type Stretch,
  transcript,
  type Utterance,
  type Voice,
  WORDS_PER_MINUTE,
} from './figures.ts';
export { isLang, LANGS, type Lang, pick, type Text } from './lang.ts';
export { LESSON_IDS, LESSON_STAGES, LESSONS, type LessonId } from './lessons.ts';
export { loadScenarioOrThrow, parseScenario, scenarioWarnings } from './load.ts';
export { buildMeetingMachine, type Cue, type MeetingEvent, type MeetingMachine } from './meeting.ts';
export { mermaidLabel, scenarioFlowchart } from './mermaid.ts';
export { MOVE_IDS, MOVES, type Move } from './moves.ts';
export { formatProblem, type ScenarioProblem, sortProblems } from './problems.ts';
export { parseSetting, type Setting, startMeetingAt } from './rehearsal.ts';
export {
  makeReplayCode,
  parseReplayCode,
  REPLAY_FORMAT,
  type ReplayCodeError,
  type ReplayDecoding,
  type ReplaySession,
} from './replay-code.ts';
export {
  BAD_PATH_UNDER,
  BEST_AT_LEAST,
  type Finding,
  type Method,
  type PathSummary,
  type ReportOptions,
  reportScenario,
  type ScenarioReport,
  type VariantReport,
  WORST_AT_MOST,
} from './report.ts';
export { type Branch, type CostlyDecision, GOOD_STYLE, roadNotTaken, weighDecisions } from './road-not-taken.ts';
export type { Appearance, Outcome, Scenario, Skill } from './schema.ts';
export { type Meeting, playToEnd, preferMoves, sameAction, startMeeting } from './session.ts';
export { isChoicePoint, shortestPathTo } from './state-graph.ts';
export type * from './view.types.ts';
