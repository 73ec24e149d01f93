import { Input } from "@codegouvfr/react-dsfr/Input";
import { KcHtml } from "../components/KcHtml";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** The authorization code for an app without a web address (redirect URI urn:ietf:wg:oauth:2.0:oob), to copy. */
export default function Code(props: { kcContext: PageContext<"code.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { code } = kcContext;
  const { msgStr, advancedMsgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr(code.success ? "codeTitle" : "codeErrorPageTitle")}>
      {code.success ? (
        <Input
          label={msgStr("codeLabel")}
          hintText={msgStr("codeHint")}
          nativeInputProps={{
            id: "code",
            readOnly: true,
            defaultValue: code.code,
            onFocus: (event) => event.target.select(),
          }}
        />
      ) : (
        code.error !== undefined && (
          <p>
            <KcHtml html={advancedMsgStr(code.error)} />
          </p>
        )
      )}
    </Layout>
  );
}
