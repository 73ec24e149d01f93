import { lazy, Suspense } from "react";

// Keycloakify's sanitizer (DOMPurify) loads only when a message holds markup: most pages show none.
const SanitizedHtml = lazy(() =>
  import("keycloakify/lib/kcSanitize").then(({ kcSanitize }) => ({
    default: (props: { html: string }) => {
      // A text of paragraphs or lists (the terms) is a block; a sentence with a link stays inline.
      const Element = /<(div|section|article|p|ul|ol)\b/i.test(props.html) ? "div" : "span";
      return <Element dangerouslySetInnerHTML={{ __html: kcSanitize(props.html) }} />;
    },
  })),
);

/** A message Keycloak formatted (it may hold markup such as links), sanitized before display. */
export function KcHtml(props: { html: string }) {
  if (!/[<&]/.test(props.html)) return <span>{props.html}</span>;
  return (
    <Suspense>
      <SanitizedHtml html={props.html} />
    </Suspense>
  );
}
