// The DSFR styles of the account space's components, beyond those every page loads (../login/dsfrStyles).
import "@codegouvfr/react-dsfr/dsfr/component/sidemenu/sidemenu.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/tile/tile.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/badge/badge.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/tag/tag.main.min.css";
import "./icons.css";
