import { AGES, CLOTHES, FACES, GLASSES, HAIR_COLORS, HAIR_STYLES, SKIN_TONES } from './appearance-words.ts';
import type { Appearance, Prospect } from './schema.ts';

/*
 * How a prospect looks once every part is decided. The engine only fills in what the author left
 * out, so the same scenario always shows the same people in every session, in the browser and in
 * any test. The words themselves live in appearance-words.ts, which the schema reads too.
 */

/** An appearance with every part decided. */
export type Look = { readonly [K in keyof Appearance]-?: NonNullable<Appearance[K]> };

/** FNV-1a: a stable, well-spread number from an ID, so a prospect's defaults never change between sessions. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function choose<T>(list: readonly T[], id: string, part: string): T {
  return list[hash(`${id}/${part}`) % list.length] as T;
}

/** The author's words where given, else a choice made from the prospect's ID. */
function lookOf(prospect: Prospect): Look {
  const a = prospect.appearance ?? {};
  const id = prospect.id;
  return {
    face: a.face ?? choose(FACES, id, 'face'),
    skin: a.skin ?? choose(SKIN_TONES, id, 'skin'),
    // A name says nothing reliable about a beard or a bald head: those are only drawn when declared.
    hair:
      a.hair ??
      choose(
        HAIR_STYLES.filter((h) => h !== 'bald'),
        id,
        'hair',
      ),
    hairColor: a.hairColor ?? choose(HAIR_COLORS, id, 'hair-color'),
    beard: a.beard ?? 'none',
    // Chosen glasses stay rare, so that declared ones characterise someone.
    glasses: a.glasses ?? (hash(`${id}/glasses`) % 3 === 0 ? choose(GLASSES.slice(1), id, 'glasses-kind') : 'none'),
    clothes: a.clothes ?? choose(CLOTHES, id, 'clothes'),
    age: a.age ?? choose(AGES, id, 'age'),
  };
}

/**
 * The looks of everyone on stage. People sit side by side on a panel, so a chosen jacket colour
 * moves on to the next one nobody wears yet; colours the author declared are never changed.
 */
export function castLooks(prospects: readonly Prospect[]): Look[] {
  const declared = new Set(prospects.flatMap((p) => (p.appearance?.clothes ? [p.appearance.clothes] : [])));
  const worn = new Set<string>(declared);
  return prospects.map((prospect) => {
    const look = lookOf(prospect);
    if (prospect.appearance?.clothes || !worn.has(look.clothes)) {
      worn.add(look.clothes);
      return look;
    }
    const start = CLOTHES.indexOf(look.clothes);
    const free = CLOTHES.map((_, i) => CLOTHES[(start + i) % CLOTHES.length] as Look['clothes']).find((c) => !worn.has(c));
    const clothes = free ?? look.clothes;
    worn.add(clothes);
    return { ...look, clothes };
  });
}
