import { Help, Option, type Argument, type Command } from "commander";
import { LANGUAGES } from "./language";
import { t, type MessageKey } from "./index";

/** Commander's own titles, as its help formatter passes them to styleTitle. */
const TITLES: Record<string, MessageKey> = {
  "Usage:": "help.usage",
  "Arguments:": "help.arguments",
  "Options:": "help.options",
  "Global Options:": "help.globalOptions",
  "Commands:": "help.commands",
};

/** The names commands give their arguments and option values (`<file>`), and what the help calls them. */
const PLACEHOLDERS: Record<string, MessageKey> = {
  command: "placeholder.command",
  file: "placeholder.file",
  dir: "placeholder.dir",
  email: "placeholder.email",
  emails: "placeholder.emails",
  uai: "placeholder.uai",
  duration: "placeholder.duration",
  name: "placeholder.name",
  status: "placeholder.status",
  language: "placeholder.language",
};

function placeholderName(name: string): string {
  return Object.hasOwn(PLACEHOLDERS, name) ? t(PLACEHOLDERS[name]!) : name;
}

/** `term` with each `<name>`, `[name]` or `<name...>` it holds in the run's language. */
function withPlaceholdersNamed(term: string): string {
  return term.replace(
    /([<[])(\w+)(\.\.\.)?([>\]])/g,
    (_, open: string, name: string, many = "", close: string) => `${open}${placeholderName(name)}${many}${close}`,
  );
}

/**
 * Commander's parse errors, as it writes them in English, and how the catalogue says each: the
 * quoted names and values are kept as they were typed.
 */
const PARSE_ERRORS: { pattern: RegExp; say: (match: RegExpMatchArray) => string }[] = [
  { pattern: /^unknown option '(.+?)'/, say: ([, option]) => t("parse.unknownOption", { option: `'${option}'` }) },
  { pattern: /^unknown command '(.+?)'/, say: ([, command]) => t("parse.unknownCommand", { command: `'${command}'` }) },
  {
    pattern: /^missing required argument '(.+?)'/,
    say: ([, argument]) => t("parse.missingArgument", { argument: `'${placeholderName(argument!)}'` }),
  },
  {
    pattern: /^option '(.+?)' argument missing/,
    say: ([, option]) => t("parse.missingOptionValue", { option: `'${withPlaceholdersNamed(option!)}'` }),
  },
  { pattern: /^too many arguments/, say: () => t("parse.tooManyArguments") },
  {
    pattern: /^option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\./,
    say: ([, option, value, choices]) =>
      t("parse.invalidChoice", {
        option: `'${withPlaceholdersNamed(option!)}'`,
        value: `'${value}'`,
        choices: choices!,
      }),
  },
];

/** Commander's error text in the run's language; a message it does not know is left as it is. */
export function translateParseError(text: string): string {
  const message = text.replace(/^error: /, "").trimEnd();
  const known = PARSE_ERRORS.map(({ pattern, say }) => ({ match: message.match(pattern), say })).find(
    ({ match }) => match !== null,
  );
  if (!known) return text;
  const suggestion = message.match(/\(Did you mean (.+?)\?\)$/)?.[1];
  const said = t("parse.error", { message: known.say(known.match!) });
  return `${said}${suggestion ? `\n${t("parse.didYouMean", { suggestion })}` : ""}\n`;
}

/** The help's titles, the placeholders of its usage line and terms, and the "(default: …)" commander adds to an option, in the run's language. */
const localizedHelp: Partial<Help> = {
  commandUsage(command: Command): string {
    return withPlaceholdersNamed(Help.prototype.commandUsage.call(this, command));
  },
  subcommandTerm(command: Command): string {
    return withPlaceholdersNamed(Help.prototype.subcommandTerm.call(this, command));
  },
  optionTerm(option: Option): string {
    return withPlaceholdersNamed(option.flags);
  },
  argumentTerm(argument: Argument): string {
    return placeholderName(argument.name());
  },
  styleTitle(title: string): string {
    const key = TITLES[title];
    return key ? t(key) : title;
  },
  optionDescription(option: Option): string {
    const extras: string[] = [];
    if (option.argChoices) extras.push(t("help.choices", { values: option.argChoices.join(", ") }));
    if (option.defaultValue !== undefined)
      extras.push(t("help.default", { value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
    return extras.length > 0 ? `${option.description} (${extras.join(", ")})` : option.description;
  },
};

/**
 * Makes `program` and the commands added to it afterwards (they inherit these settings) speak the
 * run's language: help, the help option and command, parse errors; and gives it `--lang`.
 */
export function speakTheRunsLanguage(program: Command): Command {
  return program
    .configureHelp(localizedHelp)
    .helpOption("-h, --help", t("option.help"))
    .helpCommand("help [command]", t("command.help"))
    .configureOutput({ outputError: (text, write) => write(translateParseError(text)) })
    .addOption(new Option("--lang <language>", t("option.lang")).choices(LANGUAGES));
}
