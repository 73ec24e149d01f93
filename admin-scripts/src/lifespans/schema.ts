import { z } from "zod";
import { duration } from "../resource-kit/duration";

/** The actions whose e-mailed links may have a lifespan of their own. */
export const EMAILED_ACTIONS = ["reset-credentials", "execute-actions", "verify-email", "update-email"] as const;

/** `lifespans.yaml`: how long sessions, tokens and e-mailed links last. */
export const lifespansSchema = z.strictObject({
  sessions: z.strictObject({ idle: duration, maximum: duration, rememberMeIdle: duration.optional() }),
  accessToken: duration,
  /** Each use of a refresh token revokes it: a stolen one is good once at most. */
  refreshTokenRotation: z.boolean(),
  /** How long a person may take on a sign-in page. */
  signInPage: duration,
  emailLinks: z.strictObject({
    /** Links a person asks for (forgotten password, first connexion). */
    requestedByUser: duration,
    /** Links an operator sends (invitations). */
    sentByOperator: duration,
    /** Overrides for one action, e.g. `reset-credentials: 1h`. */
    perAction: z.partialRecord(z.enum(EMAILED_ACTIONS), duration).default({}),
  }),
});

export type Lifespans = z.output<typeof lifespansSchema>;
