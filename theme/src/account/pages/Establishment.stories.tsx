import type { Establishment } from "@siec/contract";
import { marie, story } from "./storyMocks";

const lycee: Establishment = {
  uai: "0930122Y",
  accounts: [
    { email: marie.email!, firstName: "Marie", lastName: "Dupont", status: "active", principal: true },
    { email: "paul.martin@ac-creteil.fr", firstName: "Paul", lastName: "Martin", status: "active", principal: false },
    { email: "nouvelle.collegue@ac-creteil.fr", status: "invitation-pending", principal: false },
    {
      email: "ancien.collegue@ac-creteil.fr",
      firstName: "Jean",
      lastName: "Bernard",
      status: "disabled",
      principal: false,
    },
  ],
};
const college: Establishment = {
  uai: "0931584S",
  accounts: [{ email: marie.email!, firstName: "Marie", lastName: "Dupont", status: "active", principal: true }],
};

export const stories = {
  default: story("establishment", { establishments: [lycee, college] }),
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
