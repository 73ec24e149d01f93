import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { MailDev } from "maildev";
import { assertPortFree } from "../ports";
import { cacheDir } from "../paths";

/** A real SMTP server with a web inbox and a REST API (MailDev). */
export interface MailServer {
  smtpPort: number;
  /** The web inbox; its REST API is under `${webUrl}/api`. */
  webUrl: string;
  stop(): Promise<void>;
}

export async function startMailServer(options: {
  smtpPort: number;
  webPort: number;
  /** Names the folder where messages are stored. */
  instance: string;
  /** Keep the messages of earlier runs (the dev inbox); otherwise start empty. */
  keep: boolean;
}): Promise<MailServer> {
  await assertPortFree(options.smtpPort, "the SMTP server", "SMTP_PORT");
  await assertPortFree(options.webPort, "the mail inbox", "MAIL_PORT");
  const mailDirectory = path.join(cacheDir, "mail", options.instance);
  if (!options.keep) await rm(mailDirectory, { recursive: true, force: true });
  await mkdir(mailDirectory, { recursive: true });
  const maildev = new MailDev({
    smtp: options.smtpPort,
    web: options.webPort,
    ip: "127.0.0.1",
    webIp: "127.0.0.1",
    mailDirectory,
    silent: true,
  });
  await maildev.start();
  return {
    smtpPort: options.smtpPort,
    webUrl: `http://localhost:${options.webPort}`,
    stop: () => maildev.stop(),
  };
}
