<#-- Sign-in blocked after wrong passwords (realm.yaml bruteForce): not mailed (stack/keycloak/options.ts include-events). -->
<#import "template.ftl" as layout>
<@layout.securityEmail change=msg("siecEventTemporaryLockout") ifYou=msg("siecEventTemporaryLockoutIfYou") ifNotYou=msg("siecEventIfNotYouAttempt")/>
