import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// Imported statically, not through kc.gen's lazy loader: one less round trip before the page shows.
import KcPage from "./login/KcPage";

async function main() {
  // Dynamic import so the mocks stay out of the production bundle.
  if (import.meta.env.DEV && window.kcContext === undefined) {
    const { getKcContextMock } = await import("./login/getKcContextMock");
    window.kcContext = getKcContextMock({ pageId: "login.ftl" });
  }

  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      {window.kcContext === undefined ? (
        <p>Ce thème ne s'affiche que servi par Keycloak (aperçu local : npm run dev).</p>
      ) : (
        <KcPage kcContext={window.kcContext} />
      )}
    </StrictMode>,
  );
}

void main();
