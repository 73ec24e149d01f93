package fr.siec.portail;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.keycloak.headers.DefaultSecurityHeadersProvider;
import org.keycloak.headers.SecurityHeadersOptions;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Keycloak's security headers, with the realm's Content-Security-Policy completed per page:
 *
 * <ul>
 *   <li>{@code script-src}: a Keycloakify page begins with one inline script, the page's data
 *       ({@code kcContext}), which differs on every page. Its SHA-256 is added, and only its: it is
 *       the first element of the document, before anything a person or an app can put in the page,
 *       so an injected script can be neither it nor allowed. After a form post Keycloak adds one
 *       of its own before {@code </head>}, which gives the page the URL of the step it shows
 *       (history.replaceState); it is allowed when it is exactly that script, on a URL with no
 *       quote nor markup.
 *   <li>{@code form-action}: browsers apply it to the redirects that follow a form, so the origins
 *       of the realm's apps (where a signed-in person is sent back) are added to it.
 *   <li>{@code frame-src}: the front-channel sign-out page opens each app's sign-out URL in a
 *       hidden frame, so the apps' origins are added to it too (what the portal's pages may frame,
 *       not who may frame them: that is {@code frame-ancestors}).
 * </ul>
 *
 * Keycloak's page for {@code response_mode=form_post} runs one inline event handler, which posts
 * the code to the app: that handler alone is allowed, by its hash ({@code 'unsafe-hashes'}), on
 * that page alone.
 *
 * <p>Keycloak's own pages that run inline scripts of theirs keep them: the session and cookie
 * checks keycloak-js frames (static files, which show nothing of the request). The account space
 * is the theme's, a Keycloakify page like the others.
 */
public class PageScriptsPolicy implements SecurityHeadersProvider {
  private static final String HEADER = "Content-Security-Policy";
  private static final Pattern KEYCLOAK_INLINE_SCRIPT_PAGES =
      Pattern.compile(
          "^/?realms/[^/]+/protocol/openid-connect/(login-status-iframe\\.html|3p-cookies/step[12]\\.html)$");
  private static final Pattern LEADING_SCRIPT =
      Pattern.compile(
          "\\A\\s*<!DOCTYPE html>\\s*<html[^>]*>\\s*<head>\\s*<script>(.*?)</script>",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern KEYCLOAK_URL_SCRIPT =
      Pattern.compile(
          "<SCRIPT>( if \\(typeof history\\.replaceState === 'function'\\) \\{  history\\.replaceState\\(\\{\\},"
              + " \"some title\", \"[A-Za-z0-9:/?&=._~%+-]*\"\\); \\})</SCRIPT></head>");

  /**
   * Keycloak's page for {@code response_mode=form_post} (OIDCRedirectUriBuilder's), exactly as it
   * begins: its script is the body's {@code onload} handler that posts the form to the app, and,
   * after the sign-in form's post, Keycloak's own URL script (group 1) before {@code </HEAD>}. The
   * hidden fields' values are escaped, so nothing else of the page can be a script.
   */
  private static final Pattern FORM_POST_PAGE =
      Pattern.compile(
          "\\A<HTML>\\s*<HEAD>\\s*<TITLE>OIDC Form_Post Response</TITLE>\\s*"
              + "(?:<SCRIPT>( if \\(typeof history\\.replaceState === 'function'\\) \\{  history\\.replaceState\\(\\{\\},"
              + " \"some title\", \"[A-Za-z0-9:/?&=._~%+-]*\"\\); \\})</SCRIPT>)?</HEAD>\\s*"
              + "<BODY Onload=\"document\\.forms\\[0\\]\\.submit\\(\\)\">\\s*<FORM METHOD=\"POST\" ACTION=\"[^\"<>]*\">");
  /** That handler, allowed by its hash ('unsafe-hashes' lets a hash allow an event handler attribute). */
  static final String FORM_POST_HANDLER = "document.forms[0].submit()";

  private final KeycloakSession session;
  private final DefaultSecurityHeadersProvider builtIn;

  public PageScriptsPolicy(KeycloakSession session) {
    this.session = session;
    this.builtIn = new DefaultSecurityHeadersProvider(session);
  }

  @Override
  public SecurityHeadersOptions options() {
    return builtIn.options();
  }

  @Override
  public void addHeaders(ContainerRequestContext request, ContainerResponseContext response) {
    builtIn.addHeaders(request, response);
    Object policy = response.getHeaders().getFirst(HEADER);
    RealmModel realm = session.getContext().getRealm();
    if (policy == null || realm == null) return;
    String completed = policy.toString();
    Matcher script = response.getEntity() instanceof String page ? LEADING_SCRIPT.matcher(page) : null;
    Matcher formPost;
    if (script != null && script.find()) {
      completed = withSources(completed, "script-src", pageScriptHashes((String) response.getEntity(), script.group(1)));
    } else if (response.getEntity() instanceof String page && (formPost = FORM_POST_PAGE.matcher(page)).find()) {
      Set<String> allowed = new java.util.LinkedHashSet<>(List.of("'unsafe-hashes'", hash(FORM_POST_HANDLER)));
      if (formPost.group(1) != null) allowed.add(hash(formPost.group(1)));
      completed = withSources(completed, "script-src", allowed);
    } else if (KEYCLOAK_INLINE_SCRIPT_PAGES.matcher(request.getUriInfo().getPath()).matches()) {
      completed = withSources(completed, "script-src", Set.of("'unsafe-inline'"));
    }
    Set<String> apps = appOrigins(realm);
    completed = withSources(withSources(completed, "form-action", apps), "frame-src", apps);
    response.getHeaders().putSingle(HEADER, completed);
  }

  /** The directive with the sources added, when the policy has it; the policy as it is otherwise. */
  static String withSources(String policy, String directive, Set<String> sources) {
    Matcher found = Pattern.compile("(^|;)\\s*" + Pattern.quote(directive) + "(?=[\\s;]|$)([^;]*)").matcher(policy);
    if (sources.isEmpty() || !found.find()) return policy;
    String added = found.group(2).stripTrailing() + " " + String.join(" ", sources);
    return policy.substring(0, found.start(2)) + added + policy.substring(found.end(2));
  }

  private static Set<String> pageScriptHashes(String page, String dataScript) {
    Set<String> hashes = new TreeSet<>(Set.of(hash(dataScript)));
    Matcher urlScript = KEYCLOAK_URL_SCRIPT.matcher(page);
    if (urlScript.find()) hashes.add(hash(urlScript.group(1)));
    return hashes;
  }

  private static String hash(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The http(s) origins of the realm's clients: their root, redirect and post-logout URLs. */
  private static Set<String> appOrigins(RealmModel realm) {
    Set<String> origins = new TreeSet<>();
    realm
        .getClientsStream()
        .flatMap(PageScriptsPolicy::urlsOf)
        .map(PageScriptsPolicy::originOf)
        .filter(Objects::nonNull)
        .forEach(origins::add);
    return origins;
  }

  private static Stream<String> urlsOf(ClientModel client) {
    String postLogout = client.getAttribute("post.logout.redirect.uris");
    return Stream.concat(
            Stream.concat(Stream.of(client.getRootUrl()), client.getRedirectUris().stream()),
            postLogout == null ? Stream.empty() : Stream.of(postLogout.split("##")))
        .filter(Objects::nonNull);
  }

  private static String originOf(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme();
      if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) return null;
      return scheme + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return null; // a wildcard or a relative URI: no origin to allow
    }
  }

  @Override
  public void close() {}
}
