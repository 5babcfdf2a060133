/** The heap census behind the memory figure and test counts a snapshot's nodes by what they are. */
import { expect, test } from 'vitest';
import { heapCensus } from '../../src/harness/heap-census.ts';

/** A snapshot in V8's format, cut down to the fields the census reads, with one node per line. */
const snapshot = {
  snapshot: {
    meta: {
      node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'detachedness'],
      node_types: [['hidden', 'array', 'string', 'object', 'code', 'closure', 'native', 'object shape']],
    },
  },
  nodes: [
    ...[3, 0, 1, 100, 0, 0], // object "Object"
    ...[5, 1, 2, 32, 0, 0], // closure "draw"
    ...[2, 2, 3, 24, 0, 0], // string
    ...[7, 3, 4, 40, 0, 0], // object shape
    ...[4, 3, 5, 5000, 0, 0], // code: machine code and feedback, left out
    ...[6, 4, 6, 48, 0, 1], // native EventListener (attached)
    ...[6, 5, 7, 300, 0, 2], // native detached div
    ...[6, 5, 8, 300, 0, 1], // native attached div
    ...[0, 3, 9, 64, 0, 0], // hidden: left out
  ],
  strings: ['Object', 'draw', 'hello', 'system / Map', 'EventListener', '<div>'],
};

test('JS objects are the self sizes of objects, closures, strings and shapes; code and the browser’s objects are apart', () => {
  expect(heapCensus(JSON.stringify(snapshot))).toEqual({
    jsObjects: 100 + 32 + 24 + 40,
    code: 5000,
    closures: 1,
    eventListeners: 1,
    detachedDomNodes: 1,
  });
});
