import { said, verbatim, type MessageKey, type Said } from "../messages/said";

/** A kind of realm resource, as plans and `--json` name it: its catalogue key `kind.<name>` gives its heading. */
export type KindName = MessageKey extends infer Key ? (Key extends `kind.${infer Name}` ? Name : never) : never;

/** What a change's target starts with (`client` in `client dexco`): its catalogue key is `target.<noun>`. */
export type Noun = MessageKey extends infer Key ? (Key extends `target.${infer Name}` ? Name : never) : never;

/** How plans and `--json` name a resource: `client dexco`, `client scope siec-etablissement`. */
export function targetOf(noun: Noun, name: string): string {
  return `${noun} ${name}`;
}

/** The heading of a kind. */
export function kindTitle(kind: KindName): Said {
  return said(`kind.${kind}`);
}

/** Every noun, which its type makes complete. */
const EVERY_NOUN: Record<Noun, true> = {
  realm: true,
  texts: true,
  "required action": true,
  flow: true,
  role: true,
  "client scope": true,
  client: true,
  group: true,
  "identity provider": true,
  "identity provider mapper": true,
};

// Longest first: `client scope x` is a client scope, not a client named `scope x`.
const NOUNS = (Object.keys(EVERY_NOUN) as Noun[]).sort((a, b) => b.length - a.length);

/** A target as plans show it, its noun said: `groupe dexco` for `group dexco` in French. */
export function shownTarget(target: string): Said {
  const noun = NOUNS.find((candidate) => target.startsWith(`${candidate} `));
  return noun === undefined
    ? verbatim(target)
    : said("plan.target", { noun: said(`target.${noun}`), rest: target.slice(noun.length) });
}

/** A change as plans and apply name it: `créer groupe dexco` in French. */
export function changeName({ action, target }: { action: "create" | "update" | "delete"; target: string }): Said {
  return said("plan.change", { action: said(`plan.action.${action}`), target: shownTarget(target) });
}
