import type { AppBranding } from "../appBranding";
import type { I18n } from "../i18n";

/** The app the user signs in to: its name, tagline and help / legal links. */
export function AppBrandingBlock(props: { branding: AppBranding; i18n: I18n }) {
  const { branding, i18n } = props;
  const links = [
    { href: branding.helpGuideUrl, text: i18n.msgStr("siecHelpGuide") },
    { href: branding.legalNoticeUrl, text: i18n.msgStr("siecLegalNotice") },
  ].filter((link): link is { href: string; text: string } => link.href !== undefined);

  return (
    <section className="fr-mb-4w" aria-labelledby="app-name">
      <p id="app-name" className="fr-h4 fr-mb-1v">
        {branding.name}
      </p>
      {branding.description !== undefined && <p className="fr-text--lg fr-mb-1w">{branding.description}</p>}
      {links.length > 0 && (
        <nav aria-label={i18n.msgStr("siecAppLinks")}>
          <ul className="fr-links-group">
            {links.map((link) => (
              <li key={link.href}>
                <a className="fr-link fr-link--sm" href={link.href}>
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
