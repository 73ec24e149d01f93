import { Command, Help, Option, type Argument, type CommanderError } from "commander";
import { LANGUAGES } from "./language";
import { t, type MessageKey, type MessageValues } from "./index";
import { similarTo } from "./similar";

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
 * A command whose parse errors are the catalogue's: commander calls these methods with the values
 * (the flag, the argument, the option) before it words anything, and the commands made from it
 * (`createCommand`) are the same. What was typed stays quoted as it was.
 */
class CommandInTheRunsLanguage extends Command {
  override createCommand(name?: string): Command {
    return new CommandInTheRunsLanguage(name);
  }

  private refuse(key: MessageKey, values: MessageValues, code: string, suggestions: string[] = []): never {
    const said = t("parse.error", { message: t(key, values) });
    const suggestion =
      suggestions.length === 0
        ? ""
        : `\n${t(suggestions.length === 1 ? "parse.didYouMean" : "parse.didYouMeanOneOf", { suggestion: suggestions.join(", ") })}`;
    return this.error(`${said}${suggestion}`, { code });
  }

  unknownOption(flag: string): void {
    if (internals(this)._allowUnknownOption) return;
    const known = withParents(this).flatMap((command) =>
      command
        .createHelp()
        .visibleOptions(command)
        .flatMap((option) => option.long ?? []),
    );
    const suggestions = flag.startsWith("--") ? similarTo(flag, known) : [];
    this.refuse("parse.unknownOption", { option: `'${flag}'` }, "commander.unknownOption", suggestions);
  }

  unknownCommand(): void {
    const [typed = ""] = this.args;
    const known = this.createHelp()
      .visibleCommands(this)
      .flatMap((command) => [command.name(), ...(command.alias() ? [command.alias()] : [])]);
    this.refuse("parse.unknownCommand", { command: `'${typed}'` }, "commander.unknownCommand", similarTo(typed, known));
  }

  missingArgument(name: string): void {
    this.refuse("parse.missingArgument", { argument: `'${placeholderName(name)}'` }, "commander.missingArgument");
  }

  optionMissingArgument(option: Option): void {
    const named = `'${withPlaceholdersNamed(option.flags)}'`;
    this.refuse("parse.missingOptionValue", { option: named }, "commander.optionMissingArgument");
  }

  _excessArguments(): void {
    if (internals(this)._allowExcessArguments) return;
    this.refuse("parse.tooManyArguments", {}, "commander.excessArguments");
  }

  /** A value its parser refuses (`choices`): said with the option and the values it takes. */
  _callParseArg(target: Option | Argument, value: string, previous: unknown): unknown {
    try {
      return target.parseArg!(value, previous);
    } catch (error) {
      // Commander's own test: its class may come from another copy of commander.
      if ((error as CommanderError).code !== "commander.invalidArgument" || !target.argChoices) throw error;
      const option = target instanceof Option ? withPlaceholdersNamed(target.flags) : placeholderName(target.name());
      const values = { option: `'${option}'`, value: `'${value}'`, choices: target.argChoices.join(", ") };
      this.refuse("parse.invalidChoice", values, "commander.invalidArgument");
    }
  }
}

/** `command` and the commands above it, whose options it takes too. */
function withParents(command: Command): Command[] {
  return command.parent ? [command, ...withParents(command.parent)] : [command];
}

/** The settings commander keeps to itself, which decide whether a parse error is one. */
function internals(command: Command): { _allowUnknownOption: boolean; _allowExcessArguments: boolean } {
  return command as unknown as { _allowUnknownOption: boolean; _allowExcessArguments: boolean };
}

/**
 * The program, speaking the run's language: help, the help option and command, parse errors; its
 * commands (added afterwards) inherit it. It takes `--lang`.
 */
export function programInTheRunsLanguage(name: string): Command {
  return new CommandInTheRunsLanguage(name)
    .configureHelp(localizedHelp)
    .helpOption("-h, --help", t("option.help"))
    .helpCommand("help [command]", t("command.help"))
    .addOption(new Option("--lang <language>", t("option.lang")).choices(LANGUAGES));
}
