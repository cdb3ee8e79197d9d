/**
 * The words of an import problem, from its wording key and parameters. The catalogs beside this
 * file (nb, nn, en) are the one home of those words: here in src/shared because both the web app
 * (through i18next, merged into its catalogs) and the command line (bokmål, in Node) read them.
 */

/** A parameter of a problem's wording, as the file has it: each kind is shown the reader's way. */
export type ProblemParam =
  /** Shown as it is (a value from the file, a school's name, a file name). */
  | string
  /** A number: shown with the language's decimal mark. */
  | number
  /** Nothing: shown as the language's word for an empty cell. */
  | null
  /** A list, each quoted: «a», «b», «c». */
  | string[]
  /** The values to choose from, each quoted: «a», «b» eller «c». */
  | { oneOf: string[] }
  /** A word of the catalogs (a key under `importProblem.word`, such as a kind of school), in the reader's language. */
  | { word: string };

export type ProblemParams = Record<string, ProblemParam>;

/** What a problem says, apart from where it is: a key under `importProblem.text` and what goes in it. */
export interface ProblemWording {
  text: string;
  params?: ProblemParams;
}

/** t() as i18next has it, narrowed to what the wording needs. */
export type Translate = (key: string, values?: Record<string, string>) => string;

export function problemText(problem: ProblemWording, t: Translate): string {
  const values: Record<string, string> = {};
  for (const [name, param] of Object.entries(problem.params ?? {})) values[name] = shown(param, t);
  return t(`importProblem.text.${problem.text}`, values);
}

function shown(param: ProblemParam, t: Translate): string {
  if (param === null) return t('importProblem.empty');
  if (typeof param === 'number') return String(param).replace('.', t('importProblem.decimalMark'));
  if (typeof param === 'string') return param;
  if ('word' in param) return t(`importProblem.word.${param.word}`);
  const items = (Array.isArray(param) ? param : param.oneOf).map((value) => t('importProblem.quoted', { value }));
  if (Array.isArray(param) || items.length <= 1) return items.join(', ');
  return `${items.slice(0, -1).join(', ')} ${t('importProblem.or')} ${items.at(-1)}`;
}

type Catalog = { [key: string]: string | Catalog };

/**
 * A Translate over one catalog, for Node (the command line, tests): {{name}} is replaced by its
 * value. A missing key or value throws, so that a test that renders a problem catches a wording
 * and a parameter that have drifted apart.
 */
export function translateFrom(catalog: Catalog): Translate {
  return (key, values = {}) => {
    let found: string | Catalog | undefined = catalog;
    for (const part of key.split('.')) found = typeof found === 'object' ? found[part] : undefined;
    if (typeof found !== 'string') throw new Error(`No text for ${key}`);
    return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`${key} needs {{${name}}}`);
      return value;
    });
  };
}
