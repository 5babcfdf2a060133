import blip from '../../assets/sounds/blip.wav?no-inline';
import chair from '../../assets/sounds/chair.wav?no-inline';
import click from '../../assets/sounds/click.wav?no-inline';
import door from '../../assets/sounds/door.wav?no-inline';
import endingAdvance from '../../assets/sounds/ending-advance.wav?no-inline';
import endingContinuation from '../../assets/sounds/ending-continuation.wav?no-inline';
import endingLost from '../../assets/sounds/ending-lost.wav?no-inline';
import interrupt from '../../assets/sounds/interrupt.wav?no-inline';
import motif from '../../assets/sounds/motif.wav?no-inline';
import note from '../../assets/sounds/note.wav?no-inline';
import ring from '../../assets/sounds/ring.wav?no-inline';
import roomCafe from '../../assets/sounds/room-cafe.wav?no-inline';
import roomOffice from '../../assets/sounds/room-office.wav?no-inline';
import roomPanel from '../../assets/sounds/room-panel.wav?no-inline';
import roomPhone from '../../assets/sounds/room-phone.wav?no-inline';
import type { SoundKey } from './cues.ts';

/**
 * Where each sound file is served. Vite copies the files into the build with a hashed name and
 * resolves these addresses against the script, so the game still finds them under a sub-path.
 * `no-inline` keeps even the smallest as a file (cached by the service worker, never a data: URI).
 */
export const SOUND_URLS: Readonly<Record<SoundKey, string>> = {
  'room-office': roomOffice,
  'room-cafe': roomCafe,
  'room-phone': roomPhone,
  'room-panel': roomPanel,
  click,
  note,
  interrupt,
  'ending-advance': endingAdvance,
  'ending-continuation': endingContinuation,
  'ending-lost': endingLost,
  motif,
  ring,
  door,
  chair,
  blip,
};
