import { useEffect, useState, type ReactNode } from "react";
import { app } from "./apps";
import { currentUser, onSessionChange, startSession } from "./auth";
import type { SignedInUser } from "./claims";
import { Landing } from "./Landing";
import { LegalNotice } from "./LegalNotice";
import { PortalProblem } from "./problems";
import { SignedIn } from "./SignedIn";

type Session =
  | { state: "checking" }
  | { state: "problem"; problem: PortalProblem }
  | { state: "signed-out"; ended: boolean }
  | { state: "signed-in"; user: SignedInUser };

/** An SIEC app: its landing page until the person signs in on the portal, then their account. */
export function App() {
  useEffect(() => {
    document.title = `${app.name} – SIEC (application d'exemple)`;
  }, []);
  if (window.location.pathname === app.legalNoticePath) {
    return (
      <Page>
        <LegalNotice />
      </Page>
    );
  }
  return (
    <Page>
      <h1>{app.name}</h1>
      {app.description && <p className="description">{app.description}</p>}
      <SessionView />
    </Page>
  );
}

function SessionView() {
  const [session, setSession] = useState<Session>({ state: "checking" });

  useEffect(() => {
    let wasSignedIn = false;
    const update = () => {
      const user = currentUser();
      setSession(user ? { state: "signed-in", user } : { state: "signed-out", ended: wasSignedIn });
      wasSignedIn = user !== undefined;
    };
    const unsubscribe = onSessionChange(update);
    startSession().then(update, (error: unknown) =>
      setSession({
        state: "problem",
        problem: error instanceof PortalProblem ? error : new PortalProblem("Erreur inattendue", String(error)),
      }),
    );
    return unsubscribe;
  }, []);

  switch (session.state) {
    case "checking":
      return (
        <p role="status" className="hint">
          Vérification de votre session sur le portail d'authentification…
        </p>
      );
    case "problem":
      return (
        <section role="alert" className="problem" aria-labelledby="problem-title">
          <h2 id="problem-title">{session.problem.title}</h2>
          <p>{session.problem.message}</p>
          <button type="button" onClick={() => window.location.reload()}>
            Réessayer
          </button>
        </section>
      );
    case "signed-out":
      return <Landing sessionEnded={session.ended} />;
    case "signed-in":
      return <SignedIn user={session.user} />;
  }
}

function Page({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="banner">
        <p>
          <a href="/">{app.name}</a>
          <span> · SIEC – Maison des examens</span>
        </p>
      </header>
      <main>{children}</main>
      <footer>
        <nav aria-label="Liens utiles">
          <ul>
            <li>
              <a href={app.helpGuidePath}>Guide d'utilisation - Aide à la connexion</a>
            </li>
            <li>
              <a href={app.legalNoticePath}>Mentions légales</a>
            </li>
          </ul>
        </nav>
        <p className="hint">Application d'exemple du portail d'authentification du SIEC.</p>
      </footer>
    </>
  );
}
