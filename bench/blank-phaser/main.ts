import Phaser from 'phaser';

/**
 * The floor the game is measured against: the same Phaser, configured as the game configures it,
 * with one empty scene. Its first drawn frame is marked so the benchmark can read it from navigation start.
 */
class EmptyScene extends Phaser.Scene {
  constructor() {
    super('empty');
  }

  create(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('blank:first-frame'));
  }
}

const stage = document.getElementById('stage');
if (!stage) throw new Error('index.html lacks #stage');

new Phaser.Game({
  type: Phaser.AUTO,
  parent: stage,
  backgroundColor: '#e9e1d3',
  banner: false,
  audio: { noAudio: true },
  input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  fps: { limit: 30 },
  scale: { mode: Phaser.Scale.RESIZE, width: stage.clientWidth, height: stage.clientHeight },
  scene: [EmptyScene],
});
