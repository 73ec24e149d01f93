import { useEffect, useRef } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { webUrl } from "../../shared/webUrl";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/**
 * Back to a SAML app: the page posts Keycloak's answer to the app by itself (the button is there
 * should the browser not send it). Only to an http(s) address; the previews' "#" is not sent.
 */
export default function SamlPostForm(props: { kcContext: PageContext<"saml-post-form.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { samlPost } = kcContext;
  const { msgStr } = i18n;
  const action = webUrl(samlPost.url);
  const form = useRef<HTMLFormElement>(null);
  const sent = useRef(false);

  useEffect(() => {
    // Once, even when React runs the effect twice (StrictMode): the app must get the answer once.
    if (action === undefined || sent.current) return;
    sent.current = true;
    form.current?.requestSubmit();
  }, [action]);

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("samlPostTitle")}>
      <p>{msgStr("samlPostMessage")}</p>
      <form ref={form} name="saml-post-binding" method="post" action={action}>
        {samlPost.SAMLRequest && <input type="hidden" name="SAMLRequest" value={samlPost.SAMLRequest} />}
        {samlPost.SAMLResponse && <input type="hidden" name="SAMLResponse" value={samlPost.SAMLResponse} />}
        {samlPost.relayState && <input type="hidden" name="RelayState" value={samlPost.relayState} />}
        <Button type="submit" priority="secondary" disabled={action === undefined}>
          {msgStr("siecContinue")}
        </Button>
      </form>
    </Layout>
  );
}
