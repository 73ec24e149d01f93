/** An SIEC app as realm-config/clients/<clientId>.yaml describes it (see apps-from-realm-config.ts). */
export interface AppDescription {
  clientId: string;
  /** As the portal shows it: `name` in the YAML file. */
  name: string;
  description: string;
  /** The app's own pages the portal's sign-in page links to (`branding`), as paths of this app. */
  helpGuidePath: string;
  legalNoticePath: string;
}
