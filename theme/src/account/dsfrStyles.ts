// The DSFR styles of the account space's components, beyond those of every page (../login/dsfrStyles).
import "../login/dsfrStyles";
import "@codegouvfr/react-dsfr/dsfr/component/sidemenu/sidemenu.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/tile/tile.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/badge/badge.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/tag/tag.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons-system/icons-system.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons-device/icons-device.main.min.css";
