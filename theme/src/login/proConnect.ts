import type { PageContext } from "./KcContext";

export type IdentityProvider = NonNullable<NonNullable<PageContext<"login.ftl">["social"]>["providers"]>[number];

/** The realm's ProConnect as realm-config/identity-providers declares it (alias `proconnect`). */
const PROCONNECT = { alias: "proconnect", providerId: "siec-proconnect" } as const;

/**
 * The identity provider the sign-in page offers with the ProConnect button, if the realm has it:
 * the portal offers no other (Keycloak lists them all, except while one of them is being linked).
 */
export function proConnectProvider(social: PageContext<"login.ftl">["social"]): IdentityProvider | undefined {
  return social?.providers?.find(
    (provider) => provider.providerId === PROCONNECT.providerId || provider.alias === PROCONNECT.alias,
  );
}
