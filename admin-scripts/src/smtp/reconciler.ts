import { variableReference } from "../resource-kit/variables";
import { diffFields } from "../resource-kit/diff";
import { changeIfAny, type Reconciler } from "../resource-kit/reconciler";
import type { Smtp } from "./schema";
import { targetOf } from "../resource-kit/names";

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
  read: async (context) => context.liveRealm?.smtpServer as SmtpServer | undefined,
  diff(desired, live, realm) {
    const wanted = toSmtpServer(desired);
    const { password, ...comparable } = wanted;
    const fields = diffFields(comparable, live);
    if (password !== undefined && live?.password !== MASKED_PASSWORD) {
      fields.push({ path: "password", before: undefined, after: password, secret: true });
    }
    return changeIfAny(fields, {
      target: targetOf("realm", realm),
      action: live?.host ? "update" : "create",
      write: (api) => api.realms.update({ realm }, { smtpServer: wanted }),
    });
  },
  export: (live) =>
    live?.host
      ? {
          host: live.host,
          port: Number(live.port),
          from: live.from,
          fromDisplayName: live.fromDisplayName ?? "",
          ...(live.replyTo && { replyTo: live.replyTo }),
          starttls: live.starttls === "true",
          ssl: live.ssl === "true",
          ...(live.auth === "true" && {
            authentication: { user: live.user, password: variableReference("SMTP_PASSWORD") },
          }),
        }
      : undefined,
};
