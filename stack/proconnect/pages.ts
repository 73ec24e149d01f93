/** The two pages of the ProConnect test double: its sign-in form and its technical error page. */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"><title>${escapeHtml(title)} - ProConnect (double de test)</title></head>
  <body>
    <h1>${escapeHtml(title)}</h1>
    ${body}
  </body>
</html>`;
}

/** ProConnect's first screen asks for the professional e-mail address, prefilled from `login_hint`. */
export function signInPage(options: { action: string; email: string; refusal?: string }): string {
  const refusal = options.refusal ? `<p role="alert">${escapeHtml(options.refusal)}</p>` : "";
  return page(
    "S'identifier avec ProConnect",
    `${refusal}
    <form method="post" action="${escapeHtml(options.action)}">
      <label for="email">Adresse e-mail professionnelle</label>
      <input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(options.email)}">
      <button type="submit">Continuer</button>
    </form>`,
  );
}

/** ProConnect answers a request it refuses with an HTML page naming its error code (Y000400 for a bad request). */
export function technicalErrorPage(code: string, detail: string): string {
  return page(
    "Une erreur technique est survenue",
    `<p>Code d'erreur : <code>${escapeHtml(code)}</code></p>
    <p>${escapeHtml(detail)}</p>`,
  );
}
