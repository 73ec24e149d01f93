<#-- The SIEC e-mail: readable without images or styles (text first, one plain link). -->
<#macro emailLayout>
<!doctype html>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${msg("siecEmailTitle")}</title>
</head>
<body style="margin: 0; padding: 24px; font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #161616; background: #ffffff;">
<div role="article" aria-label="${msg("siecEmailTitle")}" style="max-width: 600px; margin: 0 auto;">
<p style="margin: 0 0 24px; padding-bottom: 16px; border-bottom: 4px solid #000091; font-weight: bold;">${msg("siecEmailHeader")}</p>
<#nested>
</div>
</body>
</html>
</#macro>

<#-- An e-mail that sends a link: reset, first connexion, invitation, verification. The link is a
     DSFR primary button (a table: mail clients ignore a link's padding), then written out for
     the clients that show no button, broken anywhere so that it never widens a phone's screen.
     `ifNotYou`, when given, says what to do when the person asked for nothing; `expiry`, when the link
     does not come from Keycloak (which gives its lifespan), says until when it works. -->
<#macro linkEmail instruction action ifNotYou="" expiry=msg("siecLinkExpiry", linkExpirationFormatter(linkExpiration))>
<@emailLayout>
<p>${msg("siecGreeting")}</p>
<p>${instruction}</p>
<table role="presentation" cellspacing="0" cellpadding="0" border="0" style="margin: 24px 0;">
<tr><td style="background: #000091;">
<a href="${link}" style="display: inline-block; padding: 8px 16px; color: #f5f5fe; font-weight: bold; text-decoration: none;">${action}</a>
</td></tr>
</table>
<p style="margin-bottom: 4px;">${msg("siecLinkFallback")}</p>
<p style="margin-top: 0; word-break: break-all; overflow-wrap: anywhere;"><a href="${link}" style="color: #000091;">${link}</a></p>
<p>${expiry}</p>
<#if ifNotYou?has_content>
<p>${ifNotYou}</p>
</#if>
<p>${msg("siecSignature")}</p>
</@emailLayout>
</#macro>

<#-- An e-mail that gives a code to type on the portal's page (email-verification-with-code.ftl):
     the code stands alone, large, so that it is read without a mistake. -->
<#macro codeEmail instruction ifNotYou>
<@emailLayout>
<p>${msg("siecGreeting")}</p>
<p>${instruction}</p>
<p style="margin: 24px 0; font-size: 24px; font-weight: bold; letter-spacing: 4px;">${code}</p>
<p>${ifNotYou}</p>
<p>${msg("siecSignature")}</p>
</@emailLayout>
</#macro>

<#-- An e-mail that only tells: the greeting, its paragraphs, the signature (the SMTP test, the
     inactivity warning, a workflow's notice). -->
<#macro messageEmail paragraphs>
<@emailLayout>
<p>${msg("siecGreeting")}</p>
<#list paragraphs as paragraph>
<p>${paragraph}</p>
</#list>
<p>${msg("siecSignature")}</p>
</@emailLayout>
</#macro>

<#-- What changed, for the security e-mails of a credential (event-update_credential.ftl,
     event-remove_credential.ftl, HTML and text): `action` is "Update" or "Remove", the credential's
     type picks the wording. -->
<#function credentialChange action>
<#return msg("siecEvent" + action + ({"password": "Password", "otp": "Otp", "webauthn-passwordless": "Passkey", "webauthn": "SecurityKey"}[event.getDetail("credential_type")!""]!"Other"))>
</#function>

<#-- A date written in Paris time (the SIEC's academies), in the e-mail's language: "d MMMM yyyy", "HH:mm". -->
<#function inParis date pattern>
<#setting time_zone="Europe/Paris">
<#setting locale=locale.language>
<#return date?datetime?string(pattern)>
</#function>

<#-- When, in Paris time, and from which address: the person can tell whether it was them. -->
<#function eventMoment>
<#return msg("siecEventMoment", inParis(event.date, "d MMMM yyyy"), inParis(event.date, "HH:mm"), event.ipAddress)>
</#function>

<#-- A change to the account's security: what changed, when, what to do if it was the person
     (`ifYou`) and if it was not (`ifNotYou`). No link: the person is told what to do on the portal
     itself, and a real notice never asks to click. -->
<#macro securityEmail change ifYou=msg("siecEventIfYou") ifNotYou=msg("siecEventIfNotYou")>
<@emailLayout>
<p>${msg("siecGreeting")}</p>
<p style="font-weight: bold;">${change}</p>
<p>${eventMoment()}</p>
<p>${ifYou}</p>
<p>${ifNotYou}</p>
<p>${msg("siecSignature")}</p>
</@emailLayout>
</#macro>

<#-- The account will be disabled for inactivity on `disableOn` (siec-inactivity-warning.ftl, HTML and
     text): what to do to keep it. No link, as in the security e-mails: the person signs in as usual. -->
<#function inactivityParagraphs>
<#return [msg("siecInactivityWarning", inParis(disableOn, "d MMMM yyyy")), msg("siecInactivityKeep"), msg("siecInactivityForgotten"), msg("siecInactivityNotNeeded")]>
</#function>

<#macro inactivityEmail>
<@messageEmail paragraphs=inactivityParagraphs()/>
</#macro>

<#-- A workflow's "notify-user" step (workflow-notification.ftl, HTML and text; Keycloak's workflows,
     which realm-config/ declares none of): the step's own message, or the portal's wording of the
     notice Keycloak picks (`messageKey`: accountNotificationBody, accountDisableNotificationBody,
     accountDeleteNotificationBody) and what to do about it. `reason` is left out: it is the
     workflow's setting, a word in English. -->
<#function workflowParagraphs>
<#if messageKey == "customMessage">
<#return [customMessage]>
</#if>
<#return [msg(messageKey, daysRemaining)] + ({
  "accountDisableNotificationBody": [msg("siecInactivityKeep"), msg("siecInactivityForgotten"), msg("siecInactivityNotNeeded")],
  "accountDeleteNotificationBody": [msg("siecAccountDeleteIfUnexpected")]
}[messageKey]![])>
</#function>
