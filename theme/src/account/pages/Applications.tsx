import { useCallback } from "react";
import { Tile } from "@codegouvfr/react-dsfr/Tile";
import { webUrl } from "../../shared/webUrl";
import { Loaded, useLoaded } from "../components/Loaded";
import type { PageProps } from "./PageProps";

/** "Mes applications": the SIEC apps this account's groups open, each with its link and guide. */
export default function Applications(props: PageProps) {
  const { api, i18n } = props;
  const [loading] = useLoaded(
    "apps",
    useCallback((signal: AbortSignal) => api.apps(signal), [api]),
  );
  return (
    <>
      <p>{i18n.msg("appsIntro")}</p>
      <Loaded loading={loading} i18n={i18n}>
        {(apps) =>
          apps.length === 0 ? (
            <p>{i18n.msg("appsNone")}</p>
          ) : (
            <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
              {apps.map((app) => {
                const url = webUrl(app.url);
                const guide = webUrl(app.helpGuideUrl);
                const guideLink =
                  guide === undefined ? undefined : (
                    <a className="fr-link fr-link--sm" href={guide}>
                      {i18n.msg("appsHelpGuide", app.name)}
                    </a>
                  );
                return (
                  <li key={app.clientId} className="fr-col-12 fr-col-lg-6">
                    {url === undefined ? (
                      <Tile title={app.name} titleAs="h2" desc={app.description} detail={guideLink} />
                    ) : (
                      <Tile
                        title={app.name}
                        titleAs="h2"
                        desc={app.description}
                        detail={guideLink}
                        linkProps={{ href: url, title: i18n.msg("appsOpen", app.name) }}
                        // A whole-tile link would hold the guide's link: only without one.
                        enlargeLinkOrButton={guideLink === undefined}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
