/** One pathological input: how to make it with `n` repetitions (`full` = the size reported). */
export interface Pathological {
  /** Short name. */
  name: string;
  /** What made it slow. */
  why: string;
  /** Repetitions (or bytes) at the reported size. */
  full: number;
  /** The input with `n` repetitions. */
  make: (n: number) => string;
}
export declare const PATHOLOGICAL: readonly Pathological[];
