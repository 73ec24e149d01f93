<#-- A verifiable credential to claim (OID4VCI, an experimental feature the portal's Keycloak does not enable). -->
<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecVerifiableCredentialOfferInstruction", credentialScopeDisplayName) action=msg("siecVerifiableCredentialOfferAction")/>
