import { describe, expect, it } from "vitest";
import { PortalProblem, problemFromDiscovery, problemFromInit } from "../../../../examples/siec-app/src/problems";

describe("the example app's words when the portal cannot be reached", () => {
  const url = "http://localhost:8080";

  it("says the portal does not answer, or too late", () => {
    expect(problemFromDiscovery(url, "siec", { error: new TypeError("Failed to fetch") })).toMatchObject({
      title: "Le portail d'authentification ne répond pas",
      message: expect.stringMatching(
        /^Le portail http:\/\/localhost:8080 est injoignable \(serveur arrêté, adresse erronée, ou royaume « siec » inconnu\)\./,
      ),
    });
    const timeout = Object.assign(new Error("timed out"), { name: "TimeoutError" });
    expect(problemFromDiscovery(url, "siec", { error: timeout })?.message).toMatch(/n'a pas répondu à temps/);
  });

  it("names a realm the portal does not have, and any other HTTP error", () => {
    expect(problemFromDiscovery(url, "sieq", { status: 404 })?.message).toMatch(/Le royaume « sieq » n'existe pas/);
    expect(problemFromDiscovery(url, "siec", { status: 503 })?.message).toMatch(/a répondu HTTP 503/);
    expect(problemFromDiscovery(url, "siec", { status: 200 })).toBeUndefined();
  });

  it("turns keycloak-js rejections into a message", () => {
    expect(problemFromInit(new Error("Timeout when waiting for 3rd party check iframe message.")).message).toMatch(
      /^Détail : Timeout when waiting/,
    );
    expect(problemFromInit({ error: "invalid_request", error_description: "Invalid parameter" }).message).toMatch(
      /^Détail : invalid_request : Invalid parameter\./,
    );
    const problem = new PortalProblem("Titre", "Message");
    expect(problemFromInit(problem)).toBe(problem);
    expect(problemFromInit(undefined).title).toBe("La connexion au portail d'authentification a échoué");
  });
});
