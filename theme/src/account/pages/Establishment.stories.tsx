import type { Establishment } from "@siec/contract";
import { marie, story } from "./storyMocks";

const lycee: Establishment = {
  uai: "0930122Y",
  accounts: [
    { email: marie.email!, firstName: "Marie", lastName: "Dupont", status: "active", principal: true, self: true },
    {
      email: "paul.martin@ac-creteil.fr",
      firstName: "Paul",
      lastName: "Martin",
      status: "active",
      principal: false,
      self: false,
    },
    { email: "nouvelle.collegue@ac-creteil.fr", status: "invitation-pending", principal: false, self: false },
    {
      email: "ancien.collegue@ac-creteil.fr",
      firstName: "Jean",
      lastName: "Bernard",
      status: "disabled",
      principal: false,
      self: false,
    },
  ],
};
const college: Establishment = {
  uai: "0931584S",
  accounts: [
    { email: marie.email!, firstName: "Marie", lastName: "Dupont", status: "active", principal: true, self: true },
  ],
};

/** Two principals: each may leave, neither may remove the other. */
const sharedLycee: Establishment = {
  ...lycee,
  accounts: [
    ...lycee.accounts,
    {
      email: "chef.etablissement@ac-creteil.fr",
      firstName: "Anne",
      lastName: "Roux",
      status: "active",
      principal: true,
      self: false,
    },
  ],
};

export const stories = {
  default: story("establishment", { establishments: [lycee, college] }),
  twoPrincipals: story("establishment", { establishments: [sharedLycee] }),
  // An address a spreadsheet or a page could run as code is shown as text.
  unsafeNames: story("establishment", {
    establishments: [
      {
        uai: "0930122Y",
        accounts: [
          {
            email: "x@ac-creteil.fr",
            firstName: "<img src=x onerror=alert(1)>",
            lastName: "=1+1",
            status: "active",
            principal: false,
            self: false,
          },
        ],
      },
    ],
  }),
  none: story("establishment", { establishments: [] }),
  loading: story("establishment", { pending: true }),
  failed: story("establishment", { failing: true }),
  english: story("establishment", { establishments: [lycee] }, "en"),
};
