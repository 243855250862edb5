/** A form or query value: booleans encode as `true`/`false`. */
export type Scalar = string | number | boolean;
