/** The columns of an accounts file, and the header names operators write for each. */
export const COLUMNS = {
  email: {
    label: "email",
    required: true,
    aliases: ["email", "e-mail", "mail", "courriel", "adresse mail", "adresse e-mail", "adresse électronique"],
  },
  lastName: { label: "nom", required: true, aliases: ["nom", "nom de famille", "last name", "lastname"] },
  firstName: { label: "prénom", required: true, aliases: ["prénom", "prenom", "first name", "firstname"] },
  etablissements: {
    label: "établissement",
    required: false,
    aliases: ["établissement", "établissements", "etablissement", "etablissements", "uai", "code uai", "rne"],
  },
  groups: {
    label: "applications",
    required: false,
    aliases: ["applications", "application", "apps", "groupes", "groupe", "accès"],
  },
  principal: {
    label: "principal",
    required: false,
    aliases: ["principal", "compte principal", "principal de", "compte principal de"],
  },
} as const;

export type Column = keyof typeof COLUMNS;

/** Case, accents, spaces, dashes and underscores do not matter in a header. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

const BY_ALIAS = new Map<string, Column>(
  Object.entries(COLUMNS).flatMap(([column, { aliases }]) =>
    aliases.map((alias) => [normalizeHeader(alias), column as Column]),
  ),
);

export function columnOf(header: string): Column | undefined {
  return BY_ALIAS.get(normalizeHeader(header));
}

/** Several values in one cell: `0751234A|0931234B`, or separated by commas or spaces. */
export function splitValues(cell: string): string[] {
  return cell
    .split(/[|,;\s]+/)
    .map((value) => value.trim())
    .filter((value) => value !== "");
}
