// The Phaser the built game ships: Phaser's own "core" selection (game, scenes, cameras, graphics,
// text, tweens, the WebGL and canvas renderers, scale, input, loader, sound) plus the containers the
// room uses, without the physics engines, tilemaps, particles, meshes and the other game objects the
// game never draws. About 40 % less code for every visit to download and, above all, to evaluate: it
// is the page's one long task at start-up. Phaser's source is CommonJS, bundled by the build; the
// dev server keeps the full ready-made Phaser (see `phaserBuild` in vite.config.ts).

import Container from '../node_modules/phaser/src/gameobjects/container/Container.js';
import Phaser from '../node_modules/phaser/src/phaser-core.js';
// Registering `scene.add.container` and `scene.make.container` is what these modules do.
import '../node_modules/phaser/src/gameobjects/container/ContainerFactory.js';
import '../node_modules/phaser/src/gameobjects/container/ContainerCreator.js';

Phaser.GameObjects.Container = Container;

export default Phaser;
