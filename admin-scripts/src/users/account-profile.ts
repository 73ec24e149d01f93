import { USER_ATTRIBUTES, type ProfileCandidate } from "@siec/contract";
import type { DesiredAccount, LiveAccount } from "./accounts";

/** A new account's user-profile values, as the import writes them. */
export function newAccountProfile(account: DesiredAccount): ProfileCandidate {
  return {
    username: account.email,
    email: account.email,
    // Without names, the person gives them at first sign-in (the user profile requires them of the person).
    ...(account.firstName !== "" && { firstName: account.firstName }),
    ...(account.lastName !== "" && { lastName: account.lastName }),
    attributes: {
      ...(account.etablissements.length > 0 && { [USER_ATTRIBUTES.etablissement]: account.etablissements }),
      ...(account.principal?.length && { [USER_ATTRIBUTES.principal]: account.principal }),
    },
  };
}

/** An existing account's user-profile values once the import has updated it from the file. */
export function updatedAccountProfile(desired: DesiredAccount, live: LiveAccount): ProfileCandidate {
  const attributes = { ...live.attributes };
  if (desired.etablissements.length > 0) attributes[USER_ATTRIBUTES.etablissement] = desired.etablissements;
  else delete attributes[USER_ATTRIBUTES.etablissement];
  // Without a principal column the principals stay, except of an établissement the account leaves.
  const principal = (desired.principal ?? live.principal).filter((uai) => desired.etablissements.includes(uai));
  if (principal.length > 0) attributes[USER_ATTRIBUTES.principal] = principal;
  else delete attributes[USER_ATTRIBUTES.principal];
  return {
    username: live.email,
    email: live.email,
    firstName: desired.firstName || live.firstName,
    lastName: desired.lastName || live.lastName,
    attributes,
  };
}
