import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import type { AccountKcContext } from "./account/KcContext";
// Imported statically, not through kc.gen's lazy loader: one less round trip before the page shows.
import KcPage from "./login/KcPage";
import type { KcContext } from "./login/KcContext";
import { pageData } from "./login/pageData";

// The account space ("Mon compte") loads only when shown: the sign-in pages never carry it.
const AccountApp = lazy(() => import("./account/AccountApp"));

async function main() {
  // Dynamic import so the mocks stay out of the production bundle.
  if (import.meta.env.DEV && window.kcContext === undefined) {
    const { getKcContextMock } = await import("./login/getKcContextMock");
    window.kcContext = getKcContextMock({ pageId: "login.ftl" });
  }
  // Keycloakify types the page data of the sign-in pages only; the account space's is ours.
  const kcContext = window.kcContext && pageData(window.kcContext as KcContext | AccountKcContext);

  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      {kcContext === undefined ? (
        <p>Ce thème ne s'affiche que servi par Keycloak (aperçu local : npm run dev).</p>
      ) : kcContext.themeType === "account" ? (
        <Suspense>
          <AccountApp kcContext={kcContext} />
        </Suspense>
      ) : (
        <KcPage kcContext={kcContext} />
      )}
    </StrictMode>,
  );
}

void main();
