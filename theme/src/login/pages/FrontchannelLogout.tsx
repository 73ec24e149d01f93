import { useEffect, useState } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { webUrl } from "../../shared/webUrl";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/**
 * Signing out of the apps that sign out through the browser: each app's sign-out address in a
 * hidden frame, then on to where the sign-out was asked to lead, once every frame has loaded.
 * Only http(s) addresses are opened.
 */
export default function FrontchannelLogout(props: { kcContext: PageContext<"frontchannel-logout.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { logout } = kcContext;
  const { msgStr } = i18n;
  const clients = logout.clients.map((client) => ({ name: client.name, url: webUrl(client.frontChannelLogoutUrl) }));
  const frames = clients.filter((client) => client.url !== undefined).length;
  const next = webUrl(logout.logoutRedirectUri);
  const [loaded, setLoaded] = useState(0);

  useEffect(() => {
    if (next !== undefined && loaded === frames) window.location.replace(next);
  }, [next, loaded, frames]);

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("frontchannelLogoutTitle")}>
      <p className="fr-mb-1w">{msgStr("frontchannelLogoutMessage")}</p>
      <ul>
        {clients.map((client) => (
          <li key={client.name}>
            {client.name}
            {client.url !== undefined && (
              <iframe src={client.url} title={client.name} hidden onLoad={() => setLoaded((count) => count + 1)} />
            )}
          </li>
        ))}
      </ul>
      {next !== undefined && <Button linkProps={{ href: next }}>{msgStr("siecContinue")}</Button>}
    </Layout>
  );
}
