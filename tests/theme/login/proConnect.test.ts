import { PROCONNECT } from "@siec/contract";
import { describe, expect, it } from "vitest";
import { isLinkingAccount } from "../../../theme/src/login/accountLinking";
import { proConnectProvider, type IdentityProvider } from "../../../theme/src/login/proConnect";

const provider = (alias: string, providerId: string): IdentityProvider => ({
  alias,
  providerId,
  displayName: alias,
  loginUrl: `/realms/siec/broker/${alias}/login`,
});

describe("the identity provider the sign-in page offers with the ProConnect button", () => {
  it("is the realm's ProConnect, by its type, whatever its alias and whatever else Keycloak lists", () => {
    const proConnect = provider("proconnect-integration", PROCONNECT.providerId);
    expect(proConnectProvider({ displayInfo: true, providers: [provider("google", "google"), proConnect] })).toBe(
      proConnect,
    );
  });

  it("is none in a realm without it, or while it is the provider being linked (Keycloak leaves it out)", () => {
    expect(proConnectProvider(undefined)).toBeUndefined();
    expect(proConnectProvider({ displayInfo: true })).toBeUndefined();
    expect(proConnectProvider({ displayInfo: true, providers: [] })).toBeUndefined();
    expect(proConnectProvider({ displayInfo: true, providers: [provider("proconnect", "oidc")] })).toBeUndefined();
  });
});

describe("the sign-in page linking an account to the provider just used", () => {
  it("is the one sent with registration disabled and the e-mail field shown", () => {
    expect(isLinkingAccount({ registrationDisabled: true })).toBe(true);
    expect(isLinkingAccount({ registrationDisabled: true, usernameHidden: false })).toBe(true);
  });

  it("is not an ordinary sign-in, nor one of a person already known (e-mail hidden)", () => {
    expect(isLinkingAccount({ registrationDisabled: false })).toBe(false);
    expect(isLinkingAccount({} as { registrationDisabled: boolean })).toBe(false);
    expect(isLinkingAccount({ registrationDisabled: true, usernameHidden: true })).toBe(false);
  });
});
