<#-- Keycloak 26's deprecated double of UPDATE_CREDENTIAL or REMOVE_CREDENTIAL: not mailed (stack/keycloak/options.ts include-events). -->
<#import "template.ftl" as layout>
<@layout.securityEmail change=msg("siecEventRemoveOtp")/>
