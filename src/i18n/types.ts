/** The shape of a catalog with every leaf a string: what a translation must provide. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
