import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { webUrl } from "../../shared/webUrl";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** An app asks for consent: what it will access, its terms and privacy policy, allow or refuse. */
export default function LoginOauthGrant(props: { kcContext: PageContext<"login-oauth-grant.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, oauth, client } = kcContext;
  const { msgStr, advancedMsgStr } = i18n;
  const appName = client.name ? advancedMsgStr(client.name) : client.clientId;
  const links = [
    { href: webUrl(client.attributes.tosUri), text: msgStr("oauthGrantTerms") },
    { href: webUrl(client.attributes.policyUri), text: msgStr("oauthGrantPrivacy") },
  ].filter((link): link is { href: string; text: string } => link.href !== undefined);

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("oauthGrantPageTitle", appName)}>
      <p className="fr-mb-1w">{msgStr("oauthGrantAsks", appName)}</p>
      <ul>
        {oauth.clientScopesRequested.map((scope) => (
          <li key={`${scope.consentScreenText}:${scope.dynamicScopeParameter ?? ""}`}>
            {advancedMsgStr(scope.consentScreenText)}
            {scope.dynamicScopeParameter && (
              <>
                {" : "}
                <strong>{scope.dynamicScopeParameter}</strong>
              </>
            )}
          </li>
        ))}
      </ul>
      {links.length > 0 && (
        <ul className="fr-links-group">
          {links.map((link) => (
            <li key={link.href}>
              <a className="fr-link" href={link.href}>
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      )}
      <form action={url.oauthAction} method="post">
        <input type="hidden" name="code" value={oauth.code} />
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: msgStr("oauthGrantAllow"), type: "submit", nativeButtonProps: { name: "accept" } },
            {
              children: msgStr("oauthGrantRefuse"),
              priority: "secondary",
              type: "submit",
              nativeButtonProps: { name: "cancel" },
            },
          ]}
        />
      </form>
    </Layout>
  );
}
