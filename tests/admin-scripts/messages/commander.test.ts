import { ACCOUNT_STATUS } from "@siec/contract";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../admin-scripts/src/cli";
import { messageIn } from "../../../admin-scripts/src/messages";

/** What the CLI writes to stdout and stderr for `argv`, spaces collapsed (help wraps its lines), and its exit code. */
async function run(argv: string[], env: Record<string, string> = {}) {
  const written: string[] = [];
  const capture = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
  for (const [name, value] of Object.entries({ LANG: "", LC_ALL: "", LC_MESSAGES: "", ...env }))
    vi.stubEnv(name, value);
  const code = await runCli(argv);
  vi.restoreAllMocks();
  return { code, output: written.join("").replace(/\s+/g, " ") };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the CLI's help and parse errors", () => {
  it("are French by default: commander's titles and options too", async () => {
    const { output } = await run(["--help"]);
    for (const key of ["help.usage", "help.options", "help.commands", "program.description", "option.help"] as const)
      expect(output).toContain(messageIn("fr", key));
    expect(output).toContain(messageIn("fr", "help.default", { value: '"realm-config"' }));
    expect(output).not.toContain("Usage:");
  });

  it("are English when the locale or --lang asks for it", async () => {
    expect((await run(["apps", "--help"], { LANG: "en_GB.UTF-8" })).output).toContain(
      messageIn("en", "apps.list.description"),
    );
    const { output } = await run(["--lang", "en", "--help"], { LANG: "fr_FR.UTF-8" });
    expect(output).toContain(messageIn("en", "help.usage"));
    expect(output).toContain(messageIn("en", "program.description"));
  });

  it("say what was mistyped, with commander's suggestion, in the run's language", async () => {
    const unknown = await run(["apss"]);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain(
      messageIn("fr", "parse.error", { message: messageIn("fr", "parse.unknownCommand", { command: "'apss'" }) }),
    );
    expect(unknown.output).toContain(messageIn("fr", "parse.didYouMean", { suggestion: "apps" }));

    const option = await run(["--lang", "en", "validate", "--jsno"]);
    expect(option.output).toContain(
      messageIn("en", "parse.error", { message: messageIn("en", "parse.unknownOption", { option: "'--jsno'" }) }),
    );
  });

  it("name the arguments and option values in the run's language", async () => {
    const french = (await run(["users", "import", "--help"])).output;
    expect(french).toContain(`users import [options] <${messageIn("fr", "placeholder.file")}>`);
    expect(french).toContain(`--passwords-file <${messageIn("fr", "placeholder.file")}>`);
    expect((await run(["users", "--help"])).output).toContain(
      `principal [options] <${messageIn("fr", "placeholder.email")}> <${messageIn("fr", "placeholder.uai")}>`,
    );
    expect((await run(["--help"])).output).toContain(`help [${messageIn("fr", "placeholder.command")}]`);
    expect((await run(["--lang", "en", "users", "disable", "--help"])).output).toContain(
      "disable [options] [emails...]",
    );

    const missing = await run(["users", "import"]);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain(
      messageIn("fr", "parse.missingArgument", { argument: `'${messageIn("fr", "placeholder.file")}'` }),
    );
  });

  it("refuse a language the catalogue does not have, naming the ones it has", async () => {
    const { code, output } = await run(["--lang", "de", "validate"]);
    expect(code).toBe(1);
    expect(output).toContain(
      messageIn("fr", "parse.invalidChoice", { option: "'--lang <langue>'", value: "'de'", choices: "fr, en" }),
    );
  });

  it("refuse an account status that is not one of the contract's, naming them", async () => {
    const { code, output } = await run(["users", "list", "--status", "enabled"]);
    expect(code).toBe(1);
    expect(output).toContain(
      messageIn("fr", "parse.invalidChoice", {
        option: "'--status <statut>'",
        value: "'enabled'",
        choices: ACCOUNT_STATUS.values.join(", "),
      }),
    );
  });
});
