import { describe, expect, it } from "vitest";
import { LANGUAGES, messageIn, useLanguage, type Language, type MessageKey } from "../../../admin-scripts/src/messages";
import { programInTheRunsLanguage } from "../../../admin-scripts/src/messages/commander";

/**
 * What a program made like the CLI's writes on a parse error of `argv` in `language`, and the code
 * it ends with. Each error comes from a method commander calls with the values (unknownOption,
 * unknownCommand, missingArgument, optionMissingArgument, _excessArguments, _callParseArg): if an
 * upgrade renames one, commander's English comes back and these fail.
 */
function parseError(language: Language, argv: string[]): { code: string; written: string } {
  useLanguage(language);
  let written = "";
  const program = programInTheRunsLanguage("test")
    .exitOverride()
    .configureOutput({ writeErr: (text) => (written += text), writeOut: () => {} });
  program
    .command("import <file>")
    .option("--passwords-file <file>")
    .option("--dry-run")
    .action(() => {});
  program
    .command("strict")
    .allowExcessArguments(false)
    .action(() => {});
  program
    .command("pick")
    .addOption(program.createOption("--status <status>").choices(["active", "disabled"]))
    .action(() => {});
  program.command("pack").action(() => {});
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    return { code: (error as { code: string }).code, written };
  }
  throw new Error(`${argv.join(" ")} was parsed`);
}

const cases: {
  name: string;
  argv: string[];
  code: string;
  key: MessageKey;
  values: (say: (key: MessageKey) => string) => Record<string, string>;
  suggestion?: { key: MessageKey; suggestion: string };
}[] = [
  {
    name: "an unknown option, with the one meant",
    argv: ["import", "comptes.csv", "--dry-rn"],
    code: "commander.unknownOption",
    key: "parse.unknownOption",
    values: () => ({ option: "'--dry-rn'" }),
    suggestion: { key: "parse.didYouMean", suggestion: "--dry-run" },
  },
  {
    name: "an unknown command, with the one meant",
    argv: ["imprt"],
    code: "commander.unknownCommand",
    key: "parse.unknownCommand",
    values: () => ({ command: "'imprt'" }),
    suggestion: { key: "parse.didYouMean", suggestion: "import" },
  },
  {
    name: "an unknown command as close to two",
    argv: ["pck"],
    code: "commander.unknownCommand",
    key: "parse.unknownCommand",
    values: () => ({ command: "'pck'" }),
    suggestion: { key: "parse.didYouMeanOneOf", suggestion: "pack, pick" },
  },
  {
    name: "a missing argument, named in the run's language",
    argv: ["import"],
    code: "commander.missingArgument",
    key: "parse.missingArgument",
    values: (say) => ({ argument: `'${say("placeholder.file")}'` }),
  },
  {
    name: "an option without its value",
    argv: ["import", "comptes.csv", "--passwords-file"],
    code: "commander.optionMissingArgument",
    key: "parse.missingOptionValue",
    values: (say) => ({ option: `'--passwords-file <${say("placeholder.file")}>'` }),
  },
  {
    name: "too many arguments",
    argv: ["strict", "one"],
    code: "commander.excessArguments",
    key: "parse.tooManyArguments",
    values: () => ({}),
  },
  {
    name: "a value that is not one of the choices",
    argv: ["pick", "--status", "enabled"],
    code: "commander.invalidArgument",
    key: "parse.invalidChoice",
    values: (say) => ({
      option: `'--status <${say("placeholder.status")}>'`,
      value: "'enabled'",
      choices: "active, disabled",
    }),
  },
];

describe("commander's parse errors, said by the catalogue", () => {
  for (const language of LANGUAGES) {
    for (const { name, argv, code, key, values, suggestion } of cases) {
      it(`${name} (${language})`, () => {
        const say = (inner: MessageKey) => messageIn(language, inner);
        const message = messageIn(language, key, values(say));
        const expected = [
          messageIn(language, "parse.error", { message }),
          ...(suggestion ? [messageIn(language, suggestion.key, { suggestion: suggestion.suggestion })] : []),
        ].join("\n");
        const error = parseError(language, argv);
        expect(error.code).toBe(code);
        expect(error.written.startsWith(`${expected}\n`), error.written).toBe(true);
      });
    }
  }
});
