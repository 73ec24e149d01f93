import { CATALOGUE, type MessageKey } from "../messages/catalogue";
import { t } from "../messages";

/** A kind of realm resource, as plans and `--json` name it: its catalogue key `kind.<name>` gives its heading. */
export type KindName = MessageKey extends infer Key ? (Key extends `kind.${infer Name}` ? Name : never) : never;

/** What a change's target starts with (`client` in `client dexco`): its catalogue key is `target.<noun>`. */
export type Noun = MessageKey extends infer Key ? (Key extends `target.${infer Name}` ? Name : never) : never;

/** How plans and `--json` name a resource: `client dexco`, `client scope siec-etablissement`. */
export function targetOf(noun: Noun, name: string): string {
  return `${noun} ${name}`;
}

/** The heading of a kind in the run's language. */
export function kindTitle(kind: KindName): string {
  return t(`kind.${kind}`);
}

// Longest first: `client scope x` is a client scope, not a client named `scope x`.
const NOUNS = Object.keys(CATALOGUE.en)
  .filter((key) => key.startsWith("target."))
  .map((key) => key.slice("target.".length) as Noun)
  .sort((a, b) => b.length - a.length);

/** A target in the run's language: `groupe dexco` for `group dexco`. */
export function shownTarget(target: string): string {
  const noun = NOUNS.find((candidate) => target.startsWith(`${candidate} `));
  return noun === undefined ? target : `${t(`target.${noun}`)}${target.slice(noun.length)}`;
}
