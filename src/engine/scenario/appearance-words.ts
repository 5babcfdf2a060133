/*
 * The words a scenario uses to describe how a prospect looks. The presentation turns them into
 * shapes and colours (scenes/art). They stand apart from appearance.ts, which fills in the
 * parts left out, because the schema reads them and appearance.ts reads the schema's types.
 */
export const FACES = ['oval', 'round', 'long', 'square'] as const;
export const SKIN_TONES = ['porcelain', 'light', 'olive', 'tan', 'brown', 'deep'] as const;
export const HAIR_STYLES = ['short', 'long', 'bun', 'curly', 'bald'] as const;
export const HAIR_COLORS = ['black', 'brown', 'chestnut', 'blond', 'red', 'grey'] as const;
export const BEARDS = ['none', 'stubble', 'full', 'moustache'] as const;
export const GLASSES = ['none', 'round', 'square'] as const;
export const CLOTHES = ['navy', 'slate', 'plum', 'forest', 'terracotta', 'charcoal', 'camel'] as const;
export const AGES = ['young', 'middle', 'senior'] as const;
