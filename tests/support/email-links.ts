import type { ReceivedMail } from "../../stack/mail/inbox";

/** The one action-token link of a portal e-mail (reset, first connexion, verification). */
export function actionLink(message: ReceivedMail): string {
  const link = message.links.find((candidate) => candidate.includes("/login-actions/action-token?"));
  if (!link) throw new Error(`No action link in the e-mail "${message.subject}": ${message.links.join(", ")}`);
  return link;
}

/** When an e-mailed link's action token was issued and when it expires, in seconds since the epoch. */
export function linkClaims(link: string): { iat: number; exp: number } {
  const token = new URL(link).searchParams.get("key")!;
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as { iat: number; exp: number };
}
