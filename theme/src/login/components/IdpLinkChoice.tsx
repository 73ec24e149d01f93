import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** A choice the page's form sends as Keycloak's `submitAction`, or a link away from the form. */
export type IdpLinkAction = { label: string } & ({ submitAction: string } | { href: string });

/**
 * Another identity provider's sign-in meets an account of the portal: what happened, then linking
 * the two (the first choice) or another way out.
 */
export function IdpLinkChoice(props: {
  kcContext: PageContext<"login-idp-link-confirm.ftl" | "login-idp-link-confirm-override.ftl">;
  i18n: I18n;
  title: string;
  intro: string;
  link: IdpLinkAction;
  other: IdpLinkAction;
}) {
  const { kcContext, i18n, title, intro, link, other } = props;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={title}>
      <p>{intro}</p>
      <form action={kcContext.url.loginAction} method="post">
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[asButton(link), { ...asButton(other), priority: "secondary" }]}
        />
      </form>
    </Layout>
  );
}

function asButton(action: IdpLinkAction) {
  return "href" in action
    ? { children: action.label, linkProps: { href: action.href } }
    : {
        children: action.label,
        type: "submit" as const,
        nativeButtonProps: { name: "submitAction", value: action.submitAction },
      };
}
