import { describe, expect, it } from "vitest";
import { pageData } from "../../../theme/src/login/pageData";

const owned = {
  themeType: "login",
  pageId: "login.ftl",
  fieldMessages: {
    username: { text: "Adresse ou mot de passe incorrect.", error: true },
    "robot-check": { text: "La vérification a échoué.", error: true },
    password: { text: "Un conseil.", error: false },
  },
};

describe("the data of a page the theme's own template sends (src/login/pageData/*.ftl)", () => {
  const { messagesPerField } = pageData(owned) as unknown as {
    messagesPerField: {
      get(name: string): string;
      exists(name: string): boolean;
      existsError(...names: string[]): boolean;
      printIfExists(name: string, text: string): string | undefined;
      getFirstError(...names: string[]): string;
    };
  };

  it("answers Keycloakify's messagesPerField from the fields' messages", () => {
    expect(messagesPerField.get("username")).toBe("Adresse ou mot de passe incorrect.");
    expect(messagesPerField.get("email")).toBe("");
    expect(messagesPerField.exists("password")).toBe(true);
    expect(messagesPerField.existsError("password")).toBe(false);
    expect(messagesPerField.existsError("password", "robot-check")).toBe(true);
    expect(messagesPerField.getFirstError("password", "robot-check", "username")).toBe("La vérification a échoué.");
    expect(messagesPerField.getFirstError("password")).toBe("");
    expect(messagesPerField.printIfExists("email", "x")).toBeUndefined();
    expect(messagesPerField.printIfExists("username", "x")).toBe("x");
  });

  it("leaves a page of Keycloakify's generic script as it came", () => {
    const generic = { themeType: "login", pageId: "error.ftl" };
    expect(pageData(generic)).toBe(generic);
  });
});
