import type { CDPSession } from 'playwright-core';

/**
 * Node types of a V8 heap snapshot that hold the page's JavaScript data: what a leak of actors,
 * listeners, Phaser objects, sounds or saved state is made of. Left out: `code` (bytecode, compiled
 * and optimised machine code, feedback vectors, inline caches: V8's own, which keeps growing for
 * dozens of meetings as it compiles and optimises the paths it sees run), `native` (the browser's
 * C++ objects, such as its performance timeline, which Runtime.getHeapUsage does not count either),
 * and `synthetic` / `hidden` roots and internals.
 */
const JS_OBJECT_TYPES: ReadonlySet<string> = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'regexp',
  'number',
  'symbol',
  'bigint',
  'object shape',
]);

export interface HeapCensus {
  /** Bytes of every live JS object (self sizes of the node types above). */
  readonly jsObjects: number;
  /** Bytes of V8's `code` nodes: bytecode, machine code, feedback. */
  readonly code: number;
  readonly closures: number;
  /** Listeners registered on DOM nodes, window and document. */
  readonly eventListeners: number;
  /** DOM nodes no longer in the document but still reachable. */
  readonly detachedDomNodes: number;
}

interface SnapshotJson {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[], ...unknown[]] } };
  readonly nodes: number[];
  readonly strings: string[];
}

/** Counts a heap snapshot (the JSON of HeapProfiler.takeHeapSnapshot) by what its nodes are. */
export function heapCensus(text: string): HeapCensus {
  const data = JSON.parse(text) as SnapshotJson;
  const fields = data.snapshot.meta.node_fields;
  const types = data.snapshot.meta.node_types[0];
  const type = fields.indexOf('type');
  const name = fields.indexOf('name');
  const size = fields.indexOf('self_size');
  const detachedness = fields.indexOf('detachedness');
  const census = { jsObjects: 0, code: 0, closures: 0, eventListeners: 0, detachedDomNodes: 0 };
  const { nodes, strings } = data;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = types[nodes[i + type] ?? -1];
    const bytes = nodes[i + size] ?? 0;
    if (kind !== undefined && JS_OBJECT_TYPES.has(kind)) census.jsObjects += bytes;
    if (kind === 'code') census.code += bytes;
    if (kind === 'closure') census.closures++;
    if (kind === 'native') {
      // Blink names each registered listener's node "EventListener"; 2 marks a detached DOM node.
      if (strings[nodes[i + name] ?? -1] === 'EventListener') census.eventListeners++;
      if (detachedness >= 0 && nodes[i + detachedness] === 2) census.detachedDomNodes++;
    }
  }
  return census;
}

/** Takes a heap snapshot of the page (V8 collects garbage first) and counts it. */
export async function takeHeapCensus(cdp: CDPSession): Promise<HeapCensus> {
  const chunks: string[] = [];
  const collect = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  return heapCensus(chunks.join(''));
}
