/**
 * The kinds of entries. Apart from the schema so the content script can know
 * them (the person's category choice) without bundling the schema library.
 */
export const CATEGORIES = ['symptom', 'condition', 'test', 'medicine', 'nutrient', 'body'] as const;
export type Category = (typeof CATEGORIES)[number];
