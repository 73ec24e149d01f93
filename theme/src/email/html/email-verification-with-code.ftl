<#-- Keycloak 26.7 sends it from nowhere (no server code names it); in the portal's layout should it come back. -->
<#import "template.ftl" as layout>
<@layout.codeEmail instruction=msg("siecEmailVerificationCodeInstruction") ifNotYou=msg("siecEmailVerificationCodeIfNotYou")/>
