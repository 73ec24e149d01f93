<#-- A failed sign-in: never mailed (stack/keycloak/options.ts include-events; SECURITY.md §6). -->
<#import "template.ftl" as layout>
<@layout.securityEmail change=msg("siecEventLoginError") ifYou=msg("siecEventIfYouAttempt") ifNotYou=msg("siecEventIfNotYouAttempt")/>
