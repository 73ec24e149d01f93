import type { AccountApi } from "../accountApi";
import type { AccountI18n } from "../i18n";
import type { AccountKcContext } from "../KcContext";

export type PageProps = { kcContext: AccountKcContext; api: AccountApi; i18n: AccountI18n };
