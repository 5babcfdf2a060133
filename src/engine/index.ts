/** The pure meeting engine: no Phaser, no DOM, no storage. Runs the same in Node and the browser. */

export { type LessonCoverage, type LessonUse, lessonCoverage, lessonUses } from './analysis/coverage.ts';
export { type EndingSearch, findEndings, seedsForEachVariant, type Witness } from './analysis/explore.ts';
export {
  ADVANCE_CLOSING_AT_LEAST,
  LONGEST_BEST_AT_MOST,
  LOST_CLOSING_AT_MOST,
  type NaiveStyle,
  TOP_BAND_AT_LEAST,
  VARIANTS_CHANGE_AT_LEAST,
} from './analysis/give-aways.ts';
export { mermaidLabel, scenarioFlowchart } from './analysis/mermaid.ts';
export { parseSetting, type Setting, startMeetingAt } from './analysis/rehearsal.ts';
export {
  BAD_PATH_UNDER,
  BEST_AT_LEAST,
  type Finding,
  type Method,
  type PathSummary,
  type ReportOptions,
  reportScenario,
  type ScenarioReport,
  STATE_LIMIT,
  type VariantReport,
  WORST_AT_MOST,
} from './analysis/report.ts';
export { isChoicePoint, shortestPathTo } from './analysis/state-graph.ts';
export {
  type ConversationFigures,
  conversationFigures,
  countWords,
  type Stretch,
  transcript,
  type Utterance,
  type Voice,
  WORDS_PER_MINUTE,
} from './debrief/figures.ts';
export { type GapKind, type OutcomeGap, outcomeGap } from './debrief/outcome-gap.ts';
export {
  type Branch,
  type CostlyDecision,
  ROAD_STATE_LIMIT,
  type Road,
  type RoadWeighing,
  roadNotTaken,
  weighRoad,
} from './debrief/road-not-taken.ts';
export { type Practice, type Takeaways, takeaways } from './debrief/takeaways.ts';
export { loadScenarioOrThrow, parseScenario, scenarioWarnings } from './loading/load.ts';
export { formatProblem, type ScenarioProblem, sortProblems } from './loading/problems.ts';
export { buildMeetingMachine, type Cue, type MeetingEvent, type MeetingMachine } from './meeting/meeting.ts';
export { type Pin, SEEDING, type Seeding, seedOf, shownOrder, variantIndex } from './meeting/rng.ts';
export {
  type Meeting,
  type MeetingSeed,
  playOut,
  playToEnd,
  preferMoves,
  replayActions,
  sameAction,
  startMeeting,
} from './meeting/session.ts';
export { meetingTranscript, type SaidLine } from './meeting/transcript.ts';
export type * from './meeting/view.types.ts';
export { ADDRESS_FORMS, type AddressForm, addressed, addressScenario, isAddressForm } from './scenario/address.ts';
export { castLooks, type Look } from './scenario/appearance.ts';
export {
  AGES,
  BEARDS,
  CLOTHES,
  FACES,
  GLASSES,
  HAIR_COLORS,
  HAIR_STYLES,
  SKIN_TONES,
} from './scenario/appearance-words.ts';
export { counted, isLang, LANGS, type Lang, pick, type Text } from './scenario/lang.ts';
export { LESSON_IDS, LESSON_STAGES, LESSONS, type LessonId } from './scenario/lessons.ts';
export { MOVE_IDS, MOVES, type Move } from './scenario/moves.ts';
export { PLAY_STYLES } from './scenario/play-styles.ts';
export { MOOD_PARTS, SKILLS } from './scenario/registries.ts';
export type { Appearance, Outcome, Scenario, Skill } from './scenario/schema.ts';
export { GESTURES, type Gesture, type MeetingPlace, PLACES } from './scenario/stage-words.ts';
export {
  BOARD_COLUMNS,
  type Board,
  type BoardColumn,
  type BoardEntry,
  type BoardProblem,
  type BoardProblemKind,
  type BoardRoom,
  type BoardRow,
  boardCsv,
  buildBoard,
  type Choice,
  commonlyMissed,
  type DecisionTally,
  distribution,
  findEntries,
  type OpenedReplay,
  type OpenedSession,
  openFacilitatedSession,
  openReplay,
  ROOM_VOTE_COLUMNS,
  type RoomAtDecision,
  type RoomVoteColumn,
  replayWithChoices,
  roomVotesCsv,
  tallyDecisions,
} from './workshop/board.ts';
export {
  makeReplayCode,
  parseReplayCode,
  REPLAY_FORMAT,
  type ReplayCodeError,
  type ReplayDecoding,
  type ReplaySession,
} from './workshop/replay-code.ts';
export { type FacilitatedSession, makeSessionCode, parseSessionCode } from './workshop/session-code.ts';
