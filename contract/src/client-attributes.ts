/** Client attributes an SIEC app sets in realm-config/clients/<app>.yaml, which the theme shows. */
export const CLIENT_ATTRIBUTES = {
  helpGuideUrl: "siec.help-guide-url",
  legalNoticeUrl: "siec.legal-notice-url",
} as const;
