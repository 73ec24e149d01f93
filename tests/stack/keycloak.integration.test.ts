import { describe, expect, it } from "vitest";
import { signInUrl } from "../../stack/sign-in-urls";
import { adminClient, inbox, testStack, uniqueEmail } from "../support/keycloak";
import { SENDER } from "../support/wording";

describe("the Keycloak started for the tests", () => {
  it("has the siec login and e-mail themes loaded from the jar", async () => {
    const admin = await adminClient();
    const info = await admin.serverInfo.find();
    expect(info.themes?.login?.map((theme) => theme.name)).toContain("siec");
    expect(info.themes?.email?.map((theme) => theme.name)).toContain("siec");
  });

  it("serves the siec realm's sign-in page with the siec theme", async () => {
    const { keycloakUrl, realm } = testStack();
    const admin = await adminClient();
    const settings = await admin.realms.findOne({ realm });
    expect(settings).toMatchObject({ loginTheme: "siec", emailTheme: "siec" });

    const [client] = await admin.clients.find({ clientId: "dpecotheque" });
    const response = await fetch(
      signInUrl(keycloakUrl, realm, { clientId: "dpecotheque", redirectUri: client!.redirectUris![0]! }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/\/resources\/[^/"]+\/login\/siec\//);
  });

  it("sends e-mail through the real SMTP server", async () => {
    const admin = await adminClient();
    const email = uniqueEmail("first-connexion");
    const { id } = await admin.users.create({
      username: email,
      email,
      enabled: true,
      firstName: "Camille",
      lastName: "Martin",
    });
    await admin.users.executeActionsEmail({ id, actions: ["UPDATE_PASSWORD"], lifespan: 3600 });

    const message = await inbox().waitFor(email);
    expect(message.from.address).toBe(SENDER.address);
    expect(message.from.name).toBe("SIEC - Maison des examens");
    expect(
      message.links.some((link) =>
        link.startsWith(`${testStack().keycloakUrl}/realms/siec/login-actions/action-token?`),
      ),
    ).toBe(true);
  });
});

describe("the portal's extension", () => {
  it("serves the realm's whole password policy, regexPattern included", async () => {
    const { keycloakUrl, realm } = testStack();
    const response = await fetch(`${keycloakUrl}/realms/${realm}/siec-password-policy`);
    expect(response.status).toBe(200);
    const { policy } = (await response.json()) as { policy: string };
    expect(policy).toContain("length(12)");
    expect(policy).toContain("regexPattern(^(?=.*[$@%*+\\-_!]).*$)");
  });
});
