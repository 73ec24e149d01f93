/** A message as the SMTP server received it, parsed. */
export interface ReceivedMail {
  id: string;
  from: { address: string; name: string };
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Every distinct http(s) link of the HTML and text parts, in order of appearance. */
  links: string[];
}

interface MailDevMessage {
  id: string;
  subject?: string;
  from?: { address: string; name?: string }[];
  to?: { address: string }[];
  text?: string;
  html?: string;
}

/**
 * Reads what the SMTP server received, through MailDev's REST API. Each message is handed out
 * once per Inbox, so `waitFor` after a second request returns the second message.
 */
export class Inbox {
  private readonly delivered = new Set<string>();

  constructor(private readonly webUrl: string) {}

  /** The next message sent to `address` (and matching `subject` when given). */
  async waitFor(
    address: string,
    options: { subject?: string | RegExp; timeoutMs?: number } = {},
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    const wanted = address.toLowerCase();
    for (;;) {
      const message = (await this.messages()).find(
        (candidate) =>
          !this.delivered.has(candidate.id) &&
          candidate.to.includes(wanted) &&
          (options.subject === undefined || subjectMatches(candidate.subject, options.subject)),
      );
      if (message) {
        this.delivered.add(message.id);
        return message;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `No e-mail to ${address}${options.subject ? ` with subject ${options.subject}` : ""} within ${options.timeoutMs ?? 30_000} ms`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Every message received so far, oldest first. */
  async messages(): Promise<ReceivedMail[]> {
    const response = await fetch(`${this.webUrl}/api/email`);
    if (!response.ok) throw new Error(`The mail server's API answered HTTP ${response.status}`);
    return ((await response.json()) as MailDevMessage[]).map(parse);
  }
}

function subjectMatches(subject: string, expected: string | RegExp): boolean {
  return typeof expected === "string" ? subject === expected : expected.test(subject);
}

function parse(message: MailDevMessage): ReceivedMail {
  const html = message.html ?? "";
  const text = message.text ?? "";
  return {
    id: message.id,
    from: { address: message.from?.[0]?.address ?? "", name: message.from?.[0]?.name ?? "" },
    to: (message.to ?? []).map((recipient) => recipient.address.toLowerCase()),
    subject: message.subject ?? "",
    text,
    html,
    links: extractLinks(html, text),
  };
}

export function extractLinks(html: string, text: string): string[] {
  const fromHtml = [...html.matchAll(/href\s*=\s*"(https?:\/\/[^"]+)"/gi)].map((match) => decodeEntities(match[1]!));
  const fromText = [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
  return [...new Set([...fromHtml, ...fromText])];
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&#x3D;|&#61;/g, "=")
    .replace(/&quot;/g, '"');
}
