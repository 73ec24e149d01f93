import { variableReference } from "../config/variables";
import { diffFields } from "../reconcile/diff";
import type { Reconciler } from "../reconcile/types";
import type { Smtp } from "./schema";

type SmtpServer = Record<string, string>;

/** Keycloak never returns the SMTP password: it answers this mask, and keeps the password when sent back. */
export const MASKED_PASSWORD = "**********";

export function toSmtpServer(smtp: Smtp): SmtpServer {
  return {
    host: smtp.host,
    port: String(smtp.port),
    from: smtp.from,
    fromDisplayName: smtp.fromDisplayName,
    ...(smtp.replyTo && { replyTo: smtp.replyTo }),
    starttls: String(smtp.starttls),
    ssl: String(smtp.ssl),
    auth: String(smtp.authentication !== undefined),
    ...(smtp.authentication && { user: smtp.authentication.user, password: smtp.authentication.password }),
  };
}

/**
 * The realm's `smtpServer` is replaced whole on each write. The password cannot be compared (it is
 * write-only), so it is sent when something else changes or when none is set yet.
 */
export const smtp: Reconciler<Smtp, SmtpServer | undefined> = {
  kind: "smtp",
  read: async (context) => context.realmRepresentation?.smtpServer as SmtpServer | undefined,
  diff(desired, current, realm) {
    const wanted = toSmtpServer(desired);
    const { password, ...comparable } = wanted;
    const fields = diffFields(comparable, current);
    if (password !== undefined && current?.password !== MASKED_PASSWORD) {
      fields.push({ path: "password", before: undefined, after: password, secret: true });
    }
    if (fields.length === 0) return [];
    return [
      {
        kind: "smtp",
        target: `realm ${realm}`,
        action: current?.host ? "update" : "create",
        fields,
        write: (api) => api.realms.update({ realm }, { smtpServer: wanted }),
      },
    ];
  },
  export: (current) =>
    current?.host
      ? {
          host: current.host,
          port: Number(current.port),
          from: current.from,
          fromDisplayName: current.fromDisplayName ?? "",
          ...(current.replyTo && { replyTo: current.replyTo }),
          starttls: current.starttls === "true",
          ssl: current.ssl === "true",
          ...(current.auth === "true" && {
            authentication: { user: current.user, password: variableReference("SMTP_PASSWORD") },
          }),
        }
      : undefined,
};
