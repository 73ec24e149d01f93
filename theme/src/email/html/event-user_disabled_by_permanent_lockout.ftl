<#-- An account disabled after wrong passwords: realm.yaml bruteForce.permanentLockout is false, and it is not mailed (stack/keycloak/options.ts include-events). -->
<#import "template.ftl" as layout>
<@layout.securityEmail change=msg("siecEventPermanentLockout") ifYou=msg("siecEventPermanentLockoutIfYou") ifNotYou=msg("siecEventPermanentLockoutIfNotYou")/>
