import type { Meet } from '../scenes/services.ts';
import type { AudioService } from './audio/audio-service.ts';
import { buildMeetingMachine, startMeeting } from './engine/index.ts';
import type { LmsReporter } from './lms/tracking.ts';
import type { ProgressStore } from './storage/progress-store.ts';

/**
 * Starts meetings whose cues play through the audio service; a finished one is kept in the
 * player's progress and reported to the learning platform, if any. Its own chunk, with the machine
 * and XState: the page loads it when the first meeting opens (src/main.ts), the menu does without.
 */
export function meetingStarter(
  audio: AudioService,
  lms: Promise<LmsReporter | null>,
  progress: () => Promise<ProgressStore>,
): Meet {
  return (scenario, seed, use = 'played') => {
    const machine = buildMeetingMachine(scenario).provide({ actions: { cue: (_, params) => audio.play(params.cue) } });
    const meeting = startMeeting(scenario, { seed, machine });
    // A coach watching a trainee's replay has not practised: it is not theirs to keep or report. Nor
    // is the introduction a meeting of the course or the progress path: it is learning the controls.
    if (use !== 'played') return meeting;
    void lms.then((reporter) => reporter?.follow(meeting, scenario));
    const finished = meeting.actor.subscribe(() => {
      const result = meeting.result();
      if (!result) return;
      queueMicrotask(() => finished.unsubscribe());
      const at = new Date();
      void Promise.all([progress(), import('./engine/debrief/progress.ts')]).then(([kept, { recordAttempt }]) =>
        kept.write(recordAttempt(kept.read(), result, at)),
      );
    });
    return meeting;
  };
}
