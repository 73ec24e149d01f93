import type { I18n } from "../i18n";

/** "ou Se connecter": back to the sign-in page. */
export function BackToSignIn(props: { href: string; i18n: I18n }) {
  const { href, i18n } = props;
  return (
    <p className="fr-mt-3w">
      {i18n.msgStr("siecOr")}{" "}
      <a className="fr-link" href={href}>
        {i18n.msgStr("siecSignIn")}
      </a>
    </p>
  );
}
