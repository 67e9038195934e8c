// English resources must have exactly the zh-CN keys (zh-CN is the source language); English may add the
// `_one` form beside every `_other` plural, which Chinese does not use.
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> } & {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_one` : never]?: string;
};
