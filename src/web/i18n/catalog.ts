/** A catalog of texts, nested by the dotted keys that t() asks for, and how its files are merged. */
export type Catalog = { [key: string]: string | Catalog };

/** The app's catalog file and each feature's own hold distinct top-level keys: a key in two of them is a mistake. */
export function mergeCatalogs(parts: Iterable<Catalog>): Catalog {
  const out: Catalog = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`The translation key "${key}" is defined by two catalogs`);
      out[key] = value;
    }
  }
  return out;
}
