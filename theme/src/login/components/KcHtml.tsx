import { kcSanitize } from "keycloakify/lib/kcSanitize";

/** A message Keycloak formatted (it may hold markup such as links), sanitized before display. */
export function KcHtml(props: { html: string }) {
  return <span dangerouslySetInnerHTML={{ __html: kcSanitize(props.html) }} />;
}
