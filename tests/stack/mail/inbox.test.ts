import { describe, expect, it } from "vitest";
import { extractLinks } from "../../../stack/mail/inbox";

describe("extractLinks", () => {
  it("decodes HTML entities of href links and keeps text links, without duplicates", () => {
    const html =
      '<a href="http://localhost:8080/realms/siec/login-actions/action-token?key=abc&amp;client_id=x">Lien</a>';
    const text =
      "Lien : http://localhost:8080/realms/siec/login-actions/action-token?key=abc&client_id=x\nhttps://siec.example/aide";
    expect(extractLinks(html, text)).toEqual([
      "http://localhost:8080/realms/siec/login-actions/action-token?key=abc&client_id=x",
      "https://siec.example/aide",
    ]);
  });

  it("ignores non-http links", () => {
    expect(extractLinks('<a href="mailto:a@b.fr">a</a>', "")).toEqual([]);
  });
});
