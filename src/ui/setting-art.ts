import { PALETTE } from '../../scenes/art/palette.ts';
import type { Scenario } from '../engine/index.ts';

/*
 * A small picture of where each meeting takes place, for its card on the menu: the same rooms the
 * game draws (scenes/art/backdrops.ts), reduced to a few shapes in the same palette. Built as SVG
 * with DOM calls, from numbers only: no file to fetch, nothing parsed, a few hundred bytes of code.
 */

type Setting = Scenario['setting'];
type Colour = keyof typeof PALETTE;

const SVG = 'http://www.w3.org/2000/svg';
/** The picture's own units; it scales to the card's width. */
const WIDTH = 160;
const HEIGHT = 72;
/** Where the wall meets the table or the floor. */
const FLOOR = 52;

/** One shape, its attributes given as numbers and palette names. */
type Shape = readonly [tag: 'rect' | 'circle' | 'path', attrs: Readonly<Record<string, string | number>>, fill: Colour];

const rect = (x: number, y: number, width: number, height: number, fill: Colour, rx = 0): Shape => [
  'rect',
  { x, y, width, height, rx },
  fill,
];
const circle = (cx: number, cy: number, r: number, fill: Colour): Shape => ['circle', { cx, cy, r }, fill];
const path = (d: string, fill: Colour): Shape => ['path', { d }, fill];

/** The client's office: a window on the city, a plant, the table in front. */
function office(): Shape[] {
  return [
    rect(0, 0, WIDTH, FLOOR, 'wall'),
    rect(14, 8, 62, 38, 'frame'),
    rect(18, 12, 54, 30, 'sky'),
    rect(22, 26, 10, 16, 'cityFar'),
    rect(34, 20, 12, 22, 'city'),
    rect(48, 28, 9, 14, 'cityFar'),
    rect(59, 23, 10, 19, 'city'),
    rect(44, 8, 2, 38, 'frame'),
    rect(112, 12, 22, 16, 'frame'),
    circle(123, 20, 5, 'terracotta'),
    path('M136 44 q-6 -18 2 -26 q4 12 -2 26 z', 'sageDark'),
    path('M140 44 q2 -20 10 -22 q-2 14 -10 22 z', 'sage'),
    rect(132, 42, 14, 10, 'pot'),
    rect(0, FLOOR, WIDTH, HEIGHT - FLOOR, 'table'),
    rect(0, FLOOR, WIDTH, 3, 'tableEdge'),
  ];
}

/** A café: a brick wall, the chalkboard menu, the counter under two pendant lamps, a cup. */
function cafe(): Shape[] {
  const shapes: Shape[] = [rect(0, 0, WIDTH, FLOOR, 'brick')];
  for (let row = 0, y = 6; y < FLOOR - 10; row++, y += 8) {
    shapes.push(rect(0, y, WIDTH, 1, 'brickDark'));
    for (let x = row % 2 === 0 ? 12 : 0; x < WIDTH; x += 24) shapes.push(rect(x, y - 8, 1, 8, 'brickDark'));
  }
  shapes.push(rect(12, 8, 40, 28, 'tableShadow'), rect(14, 10, 36, 24, 'chalkboard'));
  for (const [y, w] of [
    [15, 20],
    [21, 26],
    [27, 16],
  ] as const) {
    shapes.push(rect(18, y, w, 1.4, 'paper'));
  }
  for (const x of [86, 138]) {
    shapes.push(
      rect(x - 0.5, 0, 1, 12, 'ink'),
      path(`M${x - 7} 18 L${x + 7} 18 L${x} 11 z`, 'sageDark'),
      circle(x, 19, 2, 'warmLight'),
    );
  }
  shapes.push(
    rect(0, FLOOR - 10, WIDTH, 10, 'counter'),
    rect(0, FLOOR - 11, WIDTH, 2, 'tableEdge'),
    rect(120, FLOOR - 19, 8, 8, 'paper', 2),
    rect(0, FLOOR, WIDTH, HEIGHT - FLOOR, 'table'),
    rect(0, FLOOR, WIDTH, 3, 'tableEdge'),
  );
  return shapes;
}

/** A phone call: the player's own desk and wall, the phone lit up and ringing. */
function phone(): Shape[] {
  return [
    rect(0, 0, WIDTH, FLOOR, 'wallShade'),
    rect(18, 10, 34, 24, 'frame'),
    rect(21, 13, 28, 18, 'skyLow'),
    rect(110, 8, 30, 3, 'skirting'),
    rect(114, 2, 6, 6, 'navy'),
    rect(122, 3, 5, 5, 'terracotta'),
    rect(129, 1, 6, 7, 'sage'),
    rect(0, FLOOR, WIDTH, HEIGHT - FLOOR, 'table'),
    rect(0, FLOOR, WIDTH, 3, 'tableEdge'),
    rect(70, 26, 20, 34, 'ink', 3),
    rect(72, 29, 16, 26, 'warmLight', 1.5),
    circle(80, 41, 4, 'sage'),
    path('M94 30 q5 6 0 12 l-1.6 -1.2 q3.8 -4.8 0 -9.6 z', 'navy'),
    path('M99 26 q9 10 0 20 l-1.6 -1.2 q7.6 -8.8 0 -17.6 z', 'navy'),
    path('M66 30 q-5 6 0 12 l1.6 -1.2 q-3.8 -4.8 0 -9.6 z', 'navy'),
    path('M61 26 q-9 10 0 20 l1.6 -1.2 q-7.6 -8.8 0 -17.6 z', 'navy'),
    rect(112, 44, 30, 8, 'paper', 1),
    rect(115, 47, 18, 1.2, 'coolLight'),
  ];
}

/** The client's boardroom: acoustic panels, a wall screen with a chart, a long table. */
function panel(): Shape[] {
  const shapes: Shape[] = [rect(0, 0, WIDTH, FLOOR, 'frame')];
  for (let x = 6; x < WIDTH; x += 30) shapes.push(rect(x, 4, 14, 38, 'panelWall', 2));
  shapes.push(rect(52, 8, 56, 30, 'ink', 2), rect(54, 10, 52, 26, 'navy'));
  [0.4, 0.6, 0.5, 0.8, 0.65].forEach((share, i) => {
    const h = 20 * share;
    shapes.push(rect(58 + i * 9.5, 33 - h, 6, h, i === 3 ? 'terracotta' : 'sky'));
  });
  for (const x of [30, 62, 98, 130]) shapes.push(rect(x - 7, FLOOR - 12, 14, 14, 'chair', 3));
  shapes.push(rect(0, FLOOR, WIDTH, HEIGHT - FLOOR, 'table'), rect(0, FLOOR, WIDTH, 3, 'tableEdge'));
  return shapes;
}

const PAINTERS: Readonly<Record<Setting, () => Shape[]>> = { office, cafe, phone, panel };

const hex = (colour: Colour) => `#${PALETTE[colour].toString(16).padStart(6, '0')}`;

/** The setting's picture, decorative (the card says what the meeting is in words). */
export function settingArt(setting: Setting): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  // Filled edge to edge whatever the box's shape: a phone shows a band of the room, not a letterbox.
  svg.setAttribute('preserveAspectRatio', 'xMidYMid slice');
  svg.setAttribute('class', 'setting-art');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.dataset.setting = setting;
  for (const [tag, attrs, fill] of PAINTERS[setting]()) {
    const shape = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) shape.setAttribute(name, String(value));
    shape.setAttribute('fill', hex(fill));
    svg.append(shape);
  }
  return svg;
}
