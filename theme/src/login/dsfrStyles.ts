// Only the DSFR styles of the components the pages use (the whole DSFR is ~10 times heavier).
import "@codegouvfr/react-dsfr/dsfr/core/core.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/link/link.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/button/button.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/form/form.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/input/input.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/checkbox/checkbox.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/password/password.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/alert/alert.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/callout/callout.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/skiplink/skiplink.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/logo/logo.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/modal/modal.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/header/header.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/footer/footer.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons-editor/icons-editor.main.min.css";
import "./fonts.css";
