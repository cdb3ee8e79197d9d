/**
 * A column of numbers that grows as rows are added, kept in a typed array: a million rows of
 * absence are then a few megabytes that the garbage collector never has to walk, instead of a
 * million objects it walks on every major collection.
 */
type NumberArray = Int32Array | Int16Array | Uint8Array | Float64Array;

export class GrowableColumn<T extends NumberArray> {
  values: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.values = make(1024);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = this.make(this.values.length * 2);
      bigger.set(this.values as ArrayLike<number>);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  get(index: number): number {
    return this.values[index]!;
  }
}

export const int32Column = () => new GrowableColumn((n) => new Int32Array(n));
export const int16Column = () => new GrowableColumn((n) => new Int16Array(n));
export const uint8Column = () => new GrowableColumn((n) => new Uint8Array(n));
export const float64Column = () => new GrowableColumn((n) => new Float64Array(n));

/** Gives each distinct text a small number, and the text back for the number. */
export class TextTable {
  readonly texts: string[] = [];
  private readonly numbers = new Map<string, number>();

  has(text: string): boolean {
    return this.numbers.has(text);
  }

  number(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.texts.length;
      this.texts.push(text);
      this.numbers.set(text, n);
    }
    return n;
  }
}
