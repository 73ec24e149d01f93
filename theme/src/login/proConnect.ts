import { PROCONNECT } from "@siec/contract";
import type { PageContext } from "./KcContext";

export type IdentityProvider = NonNullable<NonNullable<PageContext<"login.ftl">["social"]>["providers"]>[number];

/**
 * The identity provider the sign-in page offers with the ProConnect button, if the realm has it:
 * the portal offers no other (Keycloak lists them all, except while one of them is being linked).
 */
export function proConnectProvider(social: PageContext<"login.ftl">["social"]): IdentityProvider | undefined {
  return social?.providers?.find((provider) => provider.providerId === PROCONNECT.providerId);
}
